import type { IncomingMessage, ServerResponse } from 'node:http';

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
export declare const NEXT_KEEP_ALIVE_MS: number;
export declare function upstream(options: {
  port: number;
  timeoutMs: number;
  stale: (path: string) => Handler | null;
  log?: (line: string) => void;
}): (req: IncomingMessage, res: ServerResponse) => void;
