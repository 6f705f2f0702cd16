// @ts-check
/**
 * The cache policy: which Cache-Control (and Vary) each kind of response
 * gets, in one table. Plain ESM JavaScript with a declaration file beside it
 * (cache-policy.d.mts), because next.config.mjs imports it and Node cannot
 * import TypeScript there; app code, the proxy and the tests import the same
 * file.
 *
 * Who sends what (measured on `next start`, Next 16.4.6):
 * - Prerendered pages cannot set their own Cache-Control: Next sends
 *   `s-maxage=31536000` unless a header from next.config.mjs `headers()` is
 *   already on the response (server/send-payload.js keeps it). So `page`
 *   comes from header rules matched on the URL path (./header-rules.mjs).
 * - A `headers()` rule also wins over a route handler's own Cache-Control
 *   (server/send-response.js appends a handler's header only when none is
 *   set), so the rules only name the paths of pages, never those of routes
 *   that set their own (share images, feeds, the 404 document).
 * - `expireTime` and `cacheLife` in next.config only shape the header Next
 *   writes for pages with a numeric `revalidate` (`s-maxage=N,
 *   stale-while-revalidate=expire-N`): never `public` or a browser
 *   `max-age`, and our pages are fully static. Hence header rules.
 * - `/_next/static/*` is `public, max-age=31536000, immutable` from Next and
 *   cannot be overridden; share images send `immutable` themselves.
 */

const MINUTE = 60;
/** The longest any tier may keep a live briefing (issue 24: ≤ 30 s). */
export const LIVE_SECONDS = 30;
const DAY = 24 * 60 * MINUTE;
const YEAR = 365 * DAY;
const HOUR = 60 * MINUTE;

/**
 * @typedef {'page' | 'live' | 'search' | 'feed' | 'immutable' | 'icon' | 'file' | 'notFound' | 'notFoundContent' | 'redirect' | 'staleOnError' | 'refused' | 'personal' | 'negotiated' | 'flight'} ResponseKind
 * @typedef {{ cacheControl: string, vary?: string, why: string }} CachePolicy
 */

/** @type {Readonly<Record<ResponseKind, CachePolicy>>} */
export const cachePolicy = Object.freeze({
  page: {
    // Browsers keep a page a minute; a shared cache five minutes, then serves
    // it stale for up to a day while it fetches a fresh copy. A rebuild
    // publishes new briefings: purge the CDN after a deploy (DEPLOY.md).
    cacheControl: `public, max-age=${MINUTE}, s-maxage=${5 * MINUTE}, stale-while-revalidate=${DAY}`,
    // A browser sending `Save-Data: on` gets the lite page at the same URL
    // (lib/routing/lite.ts): a cache must keep the two apart.
    vary: 'Save-Data',
    why: 'prerendered HTML; identical for every reader who asks in the same mode (full, or lite with Save-Data)',
  },
  live: {
    // A live briefing while its coverage runs: each update is a build, and a
    // reader (or a CDN) must see it within 30 s. No stale-while-revalidate:
    // 30 s is the most any tier may keep it. Its later pages of updates and
    // its own Atom feed get the same. After live.end, `page` (and `feed`).
    cacheControl: `public, max-age=${LIVE_SECONDS}, s-maxage=${LIVE_SECONDS}`,
    why: 'a live briefing, its pages of updates and its feed, from the build until live.end',
  },
  search: {
    // Rendered per query (ƒ); results change only with a build, so a shared
    // cache may keep a query's page a minute and serve it stale while it
    // refetches. Browsers always ask again.
    cacheControl: `public, max-age=0, s-maxage=${MINUTE}, stale-while-revalidate=${5 * MINUTE}`,
    vary: 'Save-Data',
    why: 'a search results page: the same for everyone who asks the same query',
  },
  feed: {
    cacheControl: `public, max-age=${5 * MINUTE}, s-maxage=${5 * MINUTE}, stale-while-revalidate=${DAY}`,
    why: 'RSS, Atom, JSON Feed, sitemap and robots.txt: polled by machines',
  },
  immutable: {
    cacheControl: `public, max-age=${YEAR}, immutable`,
    why: 'the URL changes when the bytes do (hashed assets, share images)',
  },
  icon: {
    cacheControl: `public, max-age=${DAY}, s-maxage=${DAY}`,
    why: 'favicon.ico, apple-touch-icon.png and the logo: fixed URLs that rarely change',
  },
  file: {
    cacheControl: `public, max-age=${HOUR}, s-maxage=${DAY}`,
    why: 'other files of public/ (lead images): fixed URLs an editor may replace in a rebuild',
  },
  notFound: {
    cacheControl: `public, max-age=${MINUTE}, s-maxage=${MINUTE}`,
    why: 'an unknown URL (or a malformed one, 400) may exist after the next rebuild',
  },
  notFoundContent: {
    // Our server (lib/serve/response-policy.mjs) sends it with the 404 for an
    // unknown briefing, an archive page past the end or an unknown topic
    // page: a scheduled briefing makes such a URL real at its instant, with
    // no rebuild, so no cache may keep the 404 (issue 20: nginx stored them).
    // (A header set on the proxy's rewrite does not survive: the 404 route's
    // own Cache-Control wins.)
    cacheControl: 'no-store',
    why: 'an unknown briefing, archive page or topic page: may be published at any instant',
  },
  redirect: {
    // next.config.mjs `redirects()`: /{locale}/archive/1 and
    // /{locale}/topics/{topic}/1 → the canonical URL, 308, for good.
    cacheControl: `public, max-age=${HOUR}, s-maxage=${DAY}`,
    why: 'a permanent redirect to the canonical URL of a page (308)',
  },
  staleOnError: {
    cacheControl: 'public, max-age=0, s-maxage=30',
    why: "a page's out-of-date copy, sent because Next failed (5xx, timeout): kept briefly, so the next reader asks again",
  },
  refused: {
    cacheControl: 'no-store',
    why: 'an answer about one request, not about the URL: 405 (method), 416 (range), 400 (asterisk-form), 502/504 (upstream)',
  },
  personal: {
    cacheControl: 'private, no-store',
    why: 'sets a cookie (the language switcher): never stored by a shared cache',
  },
  negotiated: {
    cacheControl: 'private, no-store',
    vary: 'Cookie, Accept-Language',
    why: 'the `/` and unprefixed-path redirects: the target depends on the cookie and Accept-Language, and next-intl sets a cookie on them',
  },
  flight: {
    cacheControl: 'private, no-store',
    why: 'React Server Components requests (request header `rsc`): the site never makes them (its links are plain), yet Next answers them on the page URL itself, with a redirect or a text/x-component body; a shared cache keyed on the URL must never store one and hand it to a reader',
  },
});

/**
 * What a response of each kind varies on, besides what its own server adds
 * (Next names its router headers and Accept-Encoding): HTML varies on
 * Save-Data, because a reader who asks for less data gets the lite page
 * from Next (proxy.ts) rather than the full page from disk (lib/serve/).
 */
export const HTML_VARY = ['Accept-Encoding', 'Save-Data'];

/**
 * The locales as a path-to-regexp alternation. Next reads header rules at
 * build time from plain JavaScript, so this repeats i18n/locales.ts;
 * lib/http/header-rules.test.ts keeps the two in step.
 */
export const LOCALE_PATTERN = 'ar|en';

/**
 * The live briefings of a build (written by scripts/content-build.ts,
 * lib/content/live-table.ts): each one's page path and when its coverage
 * ends (ms since the epoch; null: not yet decided). Read by next.config.mjs
 * (header rules, at build) and by the server in front of Next at run time.
 */
export const LIVE_FILE = '.contentlayer/mawjaz/live.json';

/**
 * @typedef {{ path: string, end: number | null }} LiveEntry
 */

/**
 * Pure: the response kind a path gets because of the live table: `live`
 * for a live briefing's page (`/ar/briefings/x`), its later pages of
 * updates (`…/updates/2`) and its feed (`…/atom.xml`) until its end; after
 * the end, `page` (or `feed` for the feed); null for any other path. What
 * the server in front of Next must honour: next.config.mjs's header rules
 * are fixed at build time and cannot end by themselves.
 * @param {string} pathname
 * @param {readonly LiveEntry[]} table
 * @param {number} now
 * @returns {ResponseKind | null}
 */
export function liveKindAt(pathname, table, now) {
  const path = pathname.replace(/[?#].*$/, '').replace(/\/$/, '');
  for (const entry of table) {
    const rest = path.startsWith(entry.path) ? path.slice(entry.path.length) : null;
    if (rest === null || !(rest === '' || rest === '/atom.xml' || /^\/updates\/[1-9]\d*$/.test(rest))) continue;
    const ended = entry.end !== null && now >= entry.end;
    if (!ended) return 'live';
    return path.endsWith('/atom.xml') ? 'feed' : 'page';
  }
  return null;
}
