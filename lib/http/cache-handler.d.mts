import type { CacheHandler } from '@fortedigital/nextjs-cache-handler';

/** See ./cache-handler.mjs: Next's cache handler, shared through Redis when REDIS_URL is set. */
declare const Handler: typeof CacheHandler;
export default Handler;
export function isErrorResponse(value: unknown): boolean;
export function expireByClock<T extends { lastModified?: number } | null | undefined>(data: T, ctx: { kind?: string } | undefined, schedule?: import('../clock/schedule.mjs').Schedule | null): T;
export function stripStoredPage(key: string, data: unknown): boolean;
