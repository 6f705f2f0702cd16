import type { createServer } from 'node:http';
import type { Schedule } from '../clock/schedule.mjs';
import type { Listener } from './method-guard.mjs';

export declare function cacheBytesFrom(env: Record<string, string | undefined>): number;
export declare function matchesEtag(ifNoneMatch: string | undefined, etag: string | undefined): boolean;
export declare function front(listener: Listener, options?: { createServer?: typeof createServer; cacheBytes?: number; now?: () => number; schedule?: () => Schedule | null; live?: () => import('./cache-policy.mjs').LiveEntry[] }): Listener;
export type Upstream = { status: number; headers: import('node:http').IncomingHttpHeaders; body: Buffer };
export declare function withLivePolicy(url: string, upstream: Upstream, table: readonly import('./cache-policy.mjs').LiveEntry[], now: number): Upstream;
export declare function capFrom(entry: Pick<import('./response-cache.mjs').Entry, 'headers'>, at: number): number | undefined;
