// Next's cache of rendered pages and route responses (ISR), shared by every
// replica when REDIS_URL is set, local to one server otherwise.
//
// - REDIS_URL unset (one machine, the default): Next's own file-system
//   cache, as without a handler, except that error responses are not kept.
// - REDIS_URL set (several replicas): @fortedigital/nextjs-cache-handler's
//   Redis handler, with a local LRU behind it: a page one replica renders is
//   a hit on the others, and if Redis goes away each replica keeps serving
//   from its own memory (and renders what it lacks) instead of failing.
//   instrumentation.ts copies the build's prerendered pages into Redis on
//   start, because with a custom handler Next no longer reads them from disk.
//
// Either way a 4xx or 5xx is never stored: a mistyped or probing URL must not
// take a cache entry (on a shared Redis, anyone could fill it); and an entry
// stored before a scheduled briefing's instant (or before midnight) is handed
// back expired, so Next renders it again, with the briefing, before it
// answers (lib/clock/schedule.mjs says why this and not a timer).
//
// A page rendered on demand (the long tail, later list pages) is stripped of
// Next's client runtime here, once, when Next stores it (stripStoredPage);
// the build strips the prerendered ones (scripts/strip-pages.ts).
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { createClient } from '@redis/client';
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { now } from '../clock/clock.mjs';
import { outdated, readSchedule } from '../clock/schedule.mjs';
import { formatStripError, RuntimeStripError, stripRuntime } from '../html/strip-runtime.mjs';
import { ensureRendered, writeRendered } from '../serve/rendered.mjs';

const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule;

/** Whether a cache value is an error response (pages and route handlers carry a status). */
export function isErrorResponse(value) {
  const status = value?.status;
  return typeof status === 'number' && status >= 400;
}

/**
 * A page or route response stored before the clock passed a publication
 * instant (or midnight) as Next reads an expired entry: `lastModified: -1`
 * makes its incremental cache answer `isStale: -1`, a blocking revalidation
 * (next/dist/server/response-cache: "we must NOT early-resolve with the stale
 * value"), the same signal Next's own file-system cache gives for an
 * expired tag. So no reader gets the copy from before the instant, whether
 * the page was prerendered or rendered on demand. The fetch cache (unused
 * here) is left alone.
 *
 * @template {{ lastModified?: number } | null | undefined} T
 * @param {T} data
 * @param {{ kind?: string } | undefined} ctx
 * @param {import('../clock/schedule.mjs').Schedule | null} [schedule]
 * @returns {T}
 */
export function expireByClock(data, ctx, schedule = readSchedule()) {
  if (!data || ctx?.kind === 'FETCH') return data;
  const stored = data.lastModified;
  if (typeof stored !== 'number' || stored < 0 || !outdated(stored, now(), schedule)) return data;
  return { ...data, lastModified: -1 };
}

/**
 * Takes Next's client runtime out of a page Next is about to store, IN
 * PLACE, and empties its React Server Components payloads (only the client
 * router, which no page ships any more, asks for them). In place, because
 * Next 16.4.6 answers the request that rendered the page from this very
 * object once `set` has resolved (next/dist/server/response-cache/index.js,
 * `handleRevalidate` awaits `incrementalCache.set(key, entry.value)` and
 * returns the same entry, which `get` turns into the response): so the
 * first reader gets the stripped page too. docs/UPGRADING.md records it,
 * tests/e2e/next-start.test.ts guards it.
 *
 * Returns false when the page cannot be stripped safely (logged in the
 * one-line error form, naming the key): it must then not be stored, so
 * that it is not served from the cache with a runtime its CSP blocks.
 *
 * @param {string} key
 * @param {any} data the value Next stores (`{ kind: 'APP_PAGE', html, rscData, segmentData, … }`)
 * @returns {boolean}
 */
export function stripStoredPage(key, data) {
  if (data?.kind !== 'APP_PAGE' || typeof data.html !== 'string') return true;
  try {
    data.html = stripRuntime(data.html);
  } catch (error) {
    if (!(error instanceof RuntimeStripError)) throw error;
    console.error(formatStripError(`[cache] ${key}`, error));
    return false;
  }
  if (data.rscData) data.rscData = Buffer.alloc(0);
  if (data.segmentData instanceof Map) for (const path of data.segmentData.keys()) data.segmentData.set(path, Buffer.alloc(0));
  return true;
}

/** Next's file-system cache, minus error responses, expired by the clock, pages stripped. */
export class LocalCache extends FileSystemCache {
  async get(key, ctx) {
    const data = expireByClock(await super.get(key, ctx), ctx);
    ensureRendered(process.env.MAWJAZ_RENDERED_DIR, key, data);
    return data;
  }

  async set(key, data, ctx) {
    // Stripped even when not stored: a 404 page's first answer is this value too.
    if (!stripStoredPage(key, data) || isErrorResponse(data)) return;
    await super.set(key, data, ctx);
    // Under our server, the stripped page as a file too, compressed once (lib/serve/rendered.mjs).
    await writeRendered(process.env.MAWJAZ_RENDERED_DIR, key, data);
  }
}

/** A handler of the package that refuses error responses too. */
function withoutErrors(handler) {
  return {
    ...handler,
    set: (key, entry) => (isErrorResponse(entry?.value) ? Promise.resolve() : handler.set(key, entry)),
  };
}

/** How long a Redis call may take before the replica treats it as a miss. */
const REDIS_TIMEOUT_MS = 500;

async function sharedHandlers(url) {
  const lru = withoutErrors(createLruHandler());
  const client = createClient({
    url,
    // Keep trying in the background after Redis goes away; every call in the
    // meantime fails fast and falls through to the local LRU.
    socket: { connectTimeout: REDIS_TIMEOUT_MS, reconnectStrategy: (retries) => Math.min(retries * 100, 2000) },
    disableOfflineQueue: true,
  });
  client.on('error', () => {}); // reported through failed calls, not as an unhandled event
  try {
    await client.connect();
  } catch (error) {
    console.warn(`[cache] Redis at ${url} is unreachable (${error?.message ?? error}); caching locally`);
    return { handlers: [lru] };
  }
  const redis = withoutErrors(createRedisHandler({ client, keyPrefix: 'mawjaz:', timeoutMs: REDIS_TIMEOUT_MS }));
  return { handlers: [redis, lru] };
}

const ROUTE_CACHE_KEY = /^\/route-cache\/[A-Z_]+\/[0-9a-f]+\/\$(\/.*)$/;

/**
 * The package's handler, telling Next each entry's lifetime. Next keeps the
 * lifetime of a page rendered on demand in the memory of the replica that
 * rendered it; another replica reading the entry from Redis without it
 * would treat it as one second old-fashioned ISR and answer STALE, then
 * render it again. The stored `lifespan` carries the same value.
 */
export class SharedCache extends CacheHandler {
  async set(key, data, ctx) {
    if (!stripStoredPage(key, data)) return;
    await super.set(key, data, ctx);
    // Under our server, the stripped page as a file too, compressed once (lib/serve/rendered.mjs).
    await writeRendered(process.env.MAWJAZ_RENDERED_DIR, key, data);
  }

  async get(key, ctx) {
    let data = await super.get(key, ctx);
    // Next 16.3+ keys a page's entry by route (`/route-cache/APP_PAGE/<hash>/$/en`),
    // while registerInitialCache stores the build's pages by path (`/en`).
    const path = ROUTE_CACHE_KEY.exec(key)?.[1];
    if (!data && path) data = await super.get(path, ctx);
    data = expireByClock(data, ctx);
    // A page another replica rendered: a file here too (lib/serve/rendered.mjs).
    ensureRendered(process.env.MAWJAZ_RENDERED_DIR, key, data);
    if (!data || data.cacheControl || !data.lifespan) return data;
    return { ...data, cacheControl: { revalidate: data.lifespan.revalidate, expire: undefined } };
  }
}

let config = null;
SharedCache.onCreation(() => {
  config ??= sharedHandlers(process.env.REDIS_URL);
  return config;
});

export default process.env.REDIS_URL ? SharedCache : LocalCache;
