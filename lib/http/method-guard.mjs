// @ts-check
import { isHttpsSite } from './header-rules.mjs';
import { securityHeaders } from './security-headers.mjs';

/**
 * Requests refused before they reach Next or the files (lib/serve/server.mjs
 * calls this first; deploy/nginx/ refuses the same).
 *
 * - TRACE (and TRACK): Next wraps a request in a WHATWG `Request` for the
 *   proxy and for route handlers, and `new Request(url, { method: 'TRACE' })`
 *   throws, so the reader got a 500.
 * - Any method but GET and HEAD on a static file (public/, /_next/static/):
 *   Next renders the Pages Router's error page, which an App-Router-only
 *   project lacks, so again a 500 ("missing required error components").
 * - PUT, DELETE, PATCH, OPTIONS and any other method on a page: the site
 *   changes nothing by them (Next answered PUT and DELETE with the page,
 *   200). POST passes: route handlers take it (a subscription form).
 * - A request target that is not a path (`OPTIONS *`, RFC 9112 3.2.4):
 *   400, as nginx answers it; Next answered 500.
 *
 * Each is the client's mistake: 405 with `Allow` (or 400), no-store, and the
 * security headers.
 */
const REFUSED = new Set(['TRACE', 'TRACK']);
const PASSED = new Set(['GET', 'HEAD', 'POST']);
/** A file, not a page: Next's hashed assets, and anything whose last segment has an extension (public/, feeds, icons). */
const FILE = /^\/_next\/static\/|\/[^/]*\.[A-Za-z0-9]+$/;

/** The absolute form of a request target (RFC 9112 3.2.2), which nginx accepts too. */
const ABSOLUTE = /^https?:\/\/[^/?#]*/i;

/**
 * Pure: an absolute-form target as the path and query it names.
 * @param {string} url
 */
export const originForm = (url) => url.replace(ABSOLUTE, '') || '/';

/**
 * Pure: the answer to refuse this request with, or null to let it through.
 * @param {string | undefined} method
 * @param {string | undefined} url
 * @returns {{ status: 400 } | { status: 405, allow: string } | null}
 */
export function refusalOf(method = 'GET', url = '/') {
  if (ABSOLUTE.test(url)) url = originForm(url);
  if (!url.startsWith('/')) return { status: 400 };
  const path = url.split('?')[0] ?? '/';
  const m = method.toUpperCase();
  if (REFUSED.has(m)) return { status: 405, allow: 'GET, HEAD' };
  if (FILE.test(path)) return m === 'GET' || m === 'HEAD' ? null : { status: 405, allow: 'GET, HEAD' };
  return PASSED.has(m) ? null : { status: 405, allow: 'GET, HEAD, POST' };
}

/**
 * Pure: the `Allow` value of a 405 for this request, or null (see refusalOf).
 * @param {string | undefined} method
 * @param {string | undefined} url
 * @returns {string | null}
 */
export function refusal(method = 'GET', url = '/') {
  const r = refusalOf(method, url);
  return r && r.status === 405 ? r.allow : null;
}

/** @param {Record<string, string>} extra */
const headers = (extra) => ({
  ...extra,
  'content-type': 'text/plain; charset=utf-8',
  'cache-control': 'no-store',
  ...Object.fromEntries(securityHeaders({ https: isHttpsSite(process.env) }).map(({ key, value }) => [key, value])),
});

/**
 * Wraps an HTTP request listener so that refused requests get their 405 or
 * 400 and everything else reaches `listener` untouched.
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void} listener
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 */
export function guard(listener) {
  return (req, res) => {
    const r = refusalOf(req.method, req.url);
    if (r === null) {
      if (req.url && ABSOLUTE.test(req.url)) req.url = originForm(req.url);
      return listener(req, res);
    }
    // A body the client sent is not read: close after answering.
    if (r.status === 400) {
      res.writeHead(400, { ...headers({}), connection: 'close' });
      return res.end('Bad Request: the request target must be a path\n');
    }
    res.writeHead(405, headers({ allow: r.allow }));
    res.end(req.method === 'HEAD' ? undefined : `Method Not Allowed: ${r.allow} only\n`);
  };
}
