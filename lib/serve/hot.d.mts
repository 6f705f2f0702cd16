import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Stats } from 'node:fs';

export declare function statOf(path: string): Stats | undefined;
export declare function memoryFiles(
  maxBytes: number,
): (req: IncomingMessage, res: ServerResponse, file: string, coding: 'br' | 'gzip' | 'identity', headers: Record<string, string>, mtime: number | null) => 'sent' | 'absent' | 'stream';
