// @ts-check
import { cachePolicy, HTML_VARY, liveKindAt } from '../http/cache-policy.mjs';
import { isHttpsSite } from '../http/header-rules.mjs';
import { securityHeaders } from '../http/security-headers.mjs';

/**
 * The last word on a response's headers, for every answer of our server
 * (./server.mjs), from disk or from Next: what Next's header rules cannot
 * say because they match paths, not statuses.
 *
 * - Every response carries the security headers (Next's redirects() 308s
 *   had none).
 * - A 404's lifetime is the table's, whatever a path rule gave it: an unknown
 *   briefing, archive or topic page gets `notFoundContent` (no-store), any
 *   other `notFound` (a share image with a wrong hash had Next's year, a
 *   topic feed's 404 the feed's day).
 * - A redirect without a Cache-Control gets `redirect`.
 * - HTML varies on Save-Data too (lite mode is Next's, never the file's).
 * - A live briefing's page, its pages of updates and its feed get `live`
 *   (30 s at every tier) until its coverage ends, then the usual policy:
 *   Next's header rules are fixed at build and cannot end by themselves
 *   (issue 24; the table is the build's .contentlayer/mawjaz/live.json).
 * - Nothing tells the public what a cache did (x-nextjs-cache, Age: which
 *   long-tail briefing someone read lately), nor an internal address
 *   (x-middleware-rewrite names Next's loopback port).
 */

/** Headers never sent on. */
export const PRIVATE_HEADERS = ['x-nextjs-cache', 'x-nextjs-prerender', 'x-nextjs-stale-time', 'x-next-cache-tags', 'x-middleware-rewrite', 'age', 'x-mawjaz-cache', 'x-powered-by'];

/** Paths whose 404 may turn into a page at a publication instant (proxy.ts sends the same). */
const CONTENT_PATH = /^\/[a-z]{2}\/(?:briefings\/[^/]+|archive\/\d+|topics\/[^/]+(?:\/\d+)?)\/?$/;

const SECURITY = securityHeaders({ https: isHttpsSite(process.env) });

/**
 * Pure: the security headers, lower-case name → value.
 * @returns {Record<string, string>}
 */
export const securityHeaderMap = () => Object.fromEntries(SECURITY.map(({ key, value }) => [key, value]));

/** @param {string | string[] | number | undefined} v */
const text = (v) => (Array.isArray(v) ? v.join(', ') : v === undefined ? '' : String(v));

/**
 * Pure: whether a Cache-Control lets a shared cache keep the response.
 * @param {string} cc
 */
export const sharedStorable = (cc) => /\b(?:public|s-maxage=[1-9])/i.test(cc) && !/\b(?:private|no-store)\b/i.test(cc);

/** @typedef {{ table: readonly import('../http/cache-policy.mjs').LiveEntry[], at: number }} LiveNow */

/**
 * Pure: the Cache-Control a 200 on `path` gets from the live table now, or
 * null when the path is no live briefing's.
 * @param {string} path @param {LiveNow | undefined} live
 */
export function liveCacheControl(path, live) {
  const kind = live && live.table.length ? liveKindAt(path, live.table, live.at) : null;
  return kind ? cachePolicy[kind].cacheControl : null;
}

/**
 * Pure: a response's headers as they leave our server.
 * @param {number} status
 * @param {string} path the request's path, without the query
 * @param {Record<string, string | string[] | number | undefined>} headers lower-case names
 * @param {LiveNow} [live] the build's live briefings and the time now
 * @returns {Record<string, string | string[] | number>}
 */
export function finalHeaders(status, path, headers, live) {
  /** @type {Record<string, string | string[] | number>} */
  const out = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !PRIVATE_HEADERS.includes(name)) out[name] = value;
  for (const { key, value } of SECURITY) if (out[key] === undefined) out[key] = value;
  const cc = text(out['cache-control']);
  if (status === 404 || status === 410) {
    if (CONTENT_PATH.test(path)) out['cache-control'] = cachePolicy.notFoundContent.cacheControl;
    else out['cache-control'] = cachePolicy.notFound.cacheControl;
  } else if (status >= 300 && status < 400 && !cc) {
    out['cache-control'] = status === 301 || status === 308 ? cachePolicy.redirect.cacheControl : cachePolicy.refused.cacheControl;
  }
  const liveCc = status === 200 ? liveCacheControl(path, live) : null;
  if (liveCc) out['cache-control'] = liveCc;
  if (/^text\/html\b/i.test(text(out['content-type']))) out.vary = withVary(text(out.vary), HTML_VARY);
  return out;
}

/**
 * Pure: a Vary value with `names` added once each (case-insensitively).
 * @param {string} vary
 * @param {string[]} names
 */
export function withVary(vary, names) {
  const have = vary
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  for (const name of names) if (!have.some((h) => h.toLowerCase() === name.toLowerCase())) have.push(name);
  return have.join(', ');
}
