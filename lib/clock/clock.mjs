// @ts-check
/**
 * The site's one clock: every decision about what is published (lib/content's
 * visibility, the search filter, the News sitemap's window, and when a cached
 * page or response is out of date: lib/clock/schedule.mjs, read by Next's
 * cache handler and by our server, lib/serve/) asks `now()` here, and nothing else reads
 * the time for those decisions. Plain ESM JavaScript with a declaration file
 * beside it, because lib/http/cache-handler.mjs and lib/serve/server.mjs import
 * it outside the bundler.
 *
 * It is the process's own clock on purpose: tests move it with Debian's
 * `faketime` (libfaketime shifts or speeds up what Date.now() returns for the
 * server and its children), so the tested path is the production path.
 */

/** Milliseconds since the epoch, now. */
export function now() {
  return Date.now();
}
