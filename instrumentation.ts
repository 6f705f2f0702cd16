/**
 * With REDIS_URL set, the replicas share a Redis cache (lib/http/cache-handler.mjs),
 * and Next stops reading the build's prerendered pages from disk: copy them
 * into Redis when a server starts, so the first request for the home page
 * is a hit, not a render. Each replica does it; writing the same entries
 * again is harmless.
 *
 * `next dev` (webpack) compiles this file for the edge runtime too, where
 * @redis/client cannot resolve Node's `stream`: the preview then answered 500
 * on every page. Only an `import()` inside `if (process.env.NEXT_RUNTIME ===
 * 'nodejs')` is dropped from the edge bundle (Next replaces the variable and
 * removes the dead branch); an early `return` for the other runtimes is not
 * enough. https://nextjs.org/docs/app/guides/instrumentation#importing-runtime-specific-code
 * tests/dev/dev-preview.test.ts starts `npm run dev` and fails on a 500.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    // Newsletter links signed with the development secret can be forged by anyone who reads the source.
    if (!process.env.NEWSLETTER_SECRET && process.env.NODE_ENV === 'production') {
      const { DEV_SECRET_WARNING } = await import('./lib/newsletter/config');
      console.warn(`[newsletter] ${DEV_SECRET_WARNING}`);
    }
    if (!process.env.REDIS_URL) return;
    const { registerInitialCache } = await import('@fortedigital/nextjs-cache-handler/instrumentation');
    const { default: CacheHandler } = await import('./lib/http/cache-handler.mjs');
    await registerInitialCache(CacheHandler);
  }
}
