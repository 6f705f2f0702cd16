/**
 * With REDIS_URL set, the replicas share a Redis cache (lib/http/cache-handler.mjs),
 * and Next stops reading the build's prerendered pages from disk: copy them
 * into Redis when a server starts, so the first request for the home page
 * is a hit, not a render. Each replica does it; writing the same entries
 * again is harmless.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || !process.env.REDIS_URL) return;
  const { registerInitialCache } = await import('@fortedigital/nextjs-cache-handler/instrumentation');
  const { default: CacheHandler } = await import('./lib/http/cache-handler.mjs');
  await registerInitialCache(CacheHandler);
}
