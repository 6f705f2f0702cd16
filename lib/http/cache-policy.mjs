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
const DAY = 24 * 60 * MINUTE;
const YEAR = 365 * DAY;

/**
 * @typedef {'page' | 'search' | 'feed' | 'immutable' | 'icon' | 'notFound' | 'personal' | 'negotiated' | 'flight'} ResponseKind
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
  notFound: {
    cacheControl: `public, max-age=${MINUTE}, s-maxage=${MINUTE}`,
    why: 'an unknown URL (or a malformed one, 400) may exist after the next rebuild',
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
 * The locales as a path-to-regexp alternation. Next reads header rules at
 * build time from plain JavaScript, so this repeats i18n/locales.ts;
 * lib/http/cache-policy.test.ts keeps the two in step.
 */
export const LOCALE_PATTERN = 'ar|en';
