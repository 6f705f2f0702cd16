// @ts-check
import { isHttpsSite } from './header-rules.mjs';
import { securityHeaders } from './security-headers.mjs';

/**
 * Methods Next 16.4.6 cannot answer, refused before they reach it.
 *
 * - TRACE (and TRACK): Next wraps a request in a WHATWG `Request` for the
 *   proxy and for route handlers, and `new Request(url, { method: 'TRACE' })`
 *   throws, so the reader gets a 500.
 * - Any method but GET and HEAD on a static file (public/, /_next/static/):
 *   Next renders the Pages Router's error page, which an App-Router-only
 *   project lacks, so again a 500 ("missing required error components").
 *
 * Both are the client's mistake, so both get 405 with `Allow`, as the
 * shipped nginx answers them (deploy/nginx/); this covers a server with
 * nothing in front. Loaded before Next by ./front-preload.mjs.
 */
const REFUSED = new Set(['TRACE', 'TRACK']);
/** A file, not a page: Next's hashed assets, and anything whose last segment has an extension (public/, feeds, icons). */
const FILE = /^\/_next\/static\/|\/[^/]*\.[A-Za-z0-9]+$/;

/**
 * Pure: the `Allow` value of a 405 for this request, or null to let Next answer it.
 * @param {string | undefined} method
 * @param {string | undefined} url
 * @returns {string | null}
 */
export function refusal(method = 'GET', url = '/') {
  const path = url.split('?')[0] ?? '/';
  if (REFUSED.has(method.toUpperCase())) return 'GET, HEAD';
  if (method !== 'GET' && method !== 'HEAD' && FILE.test(path)) return 'GET, HEAD';
  return null;
}

const headers = (allow) => ({
  allow,
  'content-type': 'text/plain; charset=utf-8',
  'cache-control': 'no-store',
  ...Object.fromEntries(securityHeaders({ https: isHttpsSite(process.env) }).map(({ key, value }) => [key, value])),
});

/**
 * Wraps an HTTP request listener so that refused requests get a 405 and
 * everything else reaches `listener` untouched.
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void} listener
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 */
export function guard(listener) {
  return (req, res) => {
    const allow = refusal(req.method, req.url);
    if (allow === null) return listener(req, res);
    res.writeHead(405, headers(allow));
    res.end(req.method === 'HEAD' ? undefined : `Method Not Allowed: ${allow} only\n`);
  };
}
