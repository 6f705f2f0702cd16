// @ts-check
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cachePolicy, LIVE_FILE, LOCALE_PATTERN } from './cache-policy.mjs';
import { securityHeaders } from './security-headers.mjs';

/**
 * @typedef {{ key: string, value: string }} Header
 * @typedef {{ type: 'query' | 'header' | 'cookie' | 'host', key: string, value?: string }} HasCondition
 * @typedef {{ source: string, has?: HasCondition[], headers: Header[] }} HeaderRule
 */

const L = `:locale(${LOCALE_PATTERN})`;

/**
 * The URL shapes of the prerendered pages. Only these get the `page`
 * policy: an unknown path under a locale falls through to the 404 route,
 * which sends `notFound` itself, and so does an unknown briefing, which the
 * proxy rewrites to that route (proxy.ts).
 */
export const PAGE_SOURCES = [
  `/${L}`,
  `/${L}/briefings/:slug`,
  // A live briefing's later pages of updates (the `live` rules below win while it is live).
  `/${L}/briefings/:slug/updates/:page(\\d+)`,
  `/${L}/topics`,
  `/${L}/topics/:topic`,
  `/${L}/topics/:topic/:page(\\d+)`,
  `/${L}/archive/:page(\\d+)`,
  // Issue 20: these had Next's default `s-maxage=31536000`.
  `/${L}/authors/:author`,
  `/${L}/corrections`,
  `/${L}/pages/:page`,
  `/${L}/digest`,
  `/${L}/digest/:day(\\d{4}-\\d{2}-\\d{2})`,
];

/** The same pages in lite mode (lib/routing/lite.ts): their own URLs. */
export const LITE_PAGE_SOURCES = PAGE_SOURCES.flatMap((source) => [
  `/lite${source}`,
  // The proxy's rewrite of a lite page (`/lite-en/…`, and `/en` with
  // Save-Data: on): Next matches header rules on the rewritten path too, and
  // without these it got the unlocalized 404 policy below.
  source.replace(`/${L}`, `/lite-${L}`),
]);

const FEED_FILE = ':file(feed\\.xml|atom\\.xml|feed\\.json)';
export const FEED_SOURCES = [
  `/${L}/${FEED_FILE}`,
  `/${L}/digest/${FEED_FILE}`,
  `/${L}/topics/:topic/${FEED_FILE}`,
  `/${L}/briefings/:slug/atom.xml`,
  '/sitemap.xml',
  '/news-sitemap.xml',
  '/sitemaps/:file',
  '/robots.txt',
];

/**
 * Everything outside the locales and /_next: Next answers an unknown one
 * (/wp-login.php, /api/x) with the global 404 page, prerendered, which it
 * would otherwise send with `s-maxage=31536000`. Later rules (icons, feeds)
 * and the proxy's redirects override it for the paths that exist.
 */
export const UNLOCALIZED_SOURCE = `/:path((?!(?:${LOCALE_PATTERN}|lite-(?:${LOCALE_PATTERN}))(?:/|$)|_next/).+)`;

export const ICON_SOURCES = ['/favicon.ico', '/apple-touch-icon.png', '/apple-icon.png', '/icon.png', '/logo.png', '/manifest.webmanifest'];

/** @param {import('./cache-policy.mjs').ResponseKind} kind @returns {Header[]} */
function cacheHeaders(kind) {
  const policy = cachePolicy[kind];
  return [{ key: 'cache-control', value: policy.cacheControl }, ...(policy.vary ? [{ key: 'vary', value: policy.vary }] : [])];
}

/**
 * next.config.mjs `headers()`. When several rules match, Next applies them
 * in order and the last value of a header wins, so the switcher's rule
 * comes after the pages'.
 *
 * `dev` (`npm run dev`): the security headers with the dev runtime's policy,
 * and the switcher's cookie, but none of production's cache rules: the
 * preview must show a saved edit on the next reload.
 *
 * `live`: the build's live briefings (./cache-policy.mjs LIVE_FILE): their
 * page, later pages of updates and feed get `live`, after the rules they
 * would otherwise match. Fixed at build time: the server in front of Next
 * switches them back when their coverage ends (`liveKindAt`).
 *
 * @param {{ https: boolean, dev?: boolean, live?: readonly import('./cache-policy.mjs').LiveEntry[] }} options
 * @returns {HeaderRule[]}
 */
export function headerRules({ https, dev = false, live = [] }) {
  if (dev) return [{ source: '/:path*', headers: securityHeaders({ https: false, dev: true }) }, switcherCookie(false)];
  return [
    { source: '/:path*', headers: securityHeaders({ https }) },
    { source: UNLOCALIZED_SOURCE, headers: cacheHeaders('notFound') },
    ...[...PAGE_SOURCES, ...LITE_PAGE_SOURCES].map((source) => ({ source, headers: cacheHeaders('page') })),
    ...FEED_SOURCES.map((source) => ({ source, headers: cacheHeaders('feed') })),
    ...ICON_SOURCES.map((source) => ({ source, headers: cacheHeaders('icon') })),
    // X-Robots-Tag repeats the page's robots meta for caches and bots that do not read HTML.
    ...[`/${L}/search`, `/lite/${L}/search`].map((source) => ({ source, headers: [...cacheHeaders('search'), { key: 'x-robots-tag', value: 'noindex' }] })),
    ...live.flatMap(({ path }) => [path, `${path}/updates/:page(\\d+)`, `${path}/atom.xml`].map((source) => ({ source, headers: cacheHeaders('live') }))),
    // The newsletter's page and form handlers answer one reader (a token in the URL, a form's reply).
    { source: `/${L}/newsletter/:path*`, headers: [...cacheHeaders('personal'), { key: 'x-robots-tag', value: 'noindex' }] },
    switcherCookie(true),
    // Last, so it wins over every rule above.
    { source: '/:path*', has: [{ type: 'header', key: 'rsc' }], headers: cacheHeaders('flight') },
  ];
}

/**
 * @param {boolean} cached whether production's cache rules apply
 * @returns {HeaderRule}
 */
function switcherCookie(cached) {
  return {
    // The language switcher's links carry `?hl=<locale>`: remember the
    // reader's choice in the cookie the proxy reads for `/`. Done here, not
    // in the proxy, because the proxy stays off locale-prefixed pages (it
    // would cost most of the server's throughput). The response carries a
    // cookie, so no shared cache may store it: `personal`. Its URL differs
    // from the page's (the query), so the cached page is never touched.
    source: `/${L}/:path*`,
    has: [{ type: 'query', key: 'hl' }],
    headers: [{ key: 'set-cookie', value: 'NEXT_LOCALE=:locale; Path=/; Max-Age=31536000; SameSite=Lax' }, ...(cached ? cacheHeaders('personal') : [])],
  };
}

/**
 * True when the build's public origin (NEXT_PUBLIC_SITE_URL, else SITE_URL,
 * as lib/site/url.ts reads them) is HTTPS.
 *
 * @param {Record<string, string | undefined>} env
 */
export function isHttpsSite(env) {
  return /^https:/i.test((env.NEXT_PUBLIC_SITE_URL || env.SITE_URL || '').trim());
}

/**
 * The live table the build wrote (scripts/content-build.ts), for
 * next.config.mjs; empty when there is none (`next dev`, a bare `next build`).
 * @param {string} root
 * @returns {import('./cache-policy.mjs').LiveEntry[]}
 */
export function readLiveTable(root) {
  try {
    const data = JSON.parse(readFileSync(join(root, LIVE_FILE), 'utf8'));
    return Array.isArray(data) ? data.filter((e) => typeof e?.path === 'string' && (e.end === null || typeof e.end === 'number')) : [];
  } catch {
    return [];
  }
}
