import type { IncomingMessage, ServerResponse } from 'node:http';

export type Listener = (req: IncomingMessage, res: ServerResponse) => void;
export declare function refusalOf(method?: string, url?: string): { status: 400 } | { status: 405; allow: string } | null;
export declare function refusal(method?: string, url?: string): string | null;
export declare function guard(listener: Listener): Listener;
export declare function originForm(url: string): string;
