import type { createServer, IncomingHttpHeaders } from 'node:http';
import type { Coding } from './encoding.mjs';
import type { Listener } from './method-guard.mjs';
import type { Entry } from './response-cache.mjs';

export declare function cacheBytesFrom(env: Record<string, string | undefined>): number;
export declare function etagOf(body: Buffer): string;
export declare function matchesEtag(ifNoneMatch: string | undefined, etag: string | undefined): boolean;
export declare function prepare(
  upstream: { status: number; headers: IncomingHttpHeaders; body: Buffer },
  lifetime: { fresh: number; stale: number } | null,
  coding: Coding,
  now: number,
): Promise<Entry>;
export declare function front(listener: Listener, options?: { createServer?: typeof createServer; cacheBytes?: number; now?: () => number }): Listener;
