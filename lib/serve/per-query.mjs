// @ts-check
import zlib from 'node:zlib';
import { negotiate } from '../http/encoding.mjs';
import { stripRuntime } from '../html/strip-runtime.mjs';

/**
 * Search renders per query, and the newsletter's page per request (its
 * token and its reply are in the URL): Next never stores them, so neither the build
 * (scripts/strip-pages.ts) nor the cache handler (lib/http/cache-handler.mjs)
 * ever sees it, and Next sends it with its client runtime. Our server takes
 * the runtime out of these answers, the one place it does so per response:
 * the page is asked of Next uncompressed, held (it is small, and bounded
 * here), stripped with the same parser, and compressed once for the reader.
 * Anything larger than the bound, or that the parser refuses, goes out as
 * Next made it (the CSP, `script-src 'none'`, still blocks its scripts).
 */

/**
 * The search page and the newsletter's page, full or lite (`/lite/ar/search`,
 * or `/ar/search` with Save-Data). Every other page is a file Next stored
 * (built, or rendered once and kept), which the build or the cache handler
 * strips; tests/e2e/browser-audit.test.ts opens every template and fails
 * on any script a page tries to run.
 */
const PER_QUERY = /^\/(?:lite\/)?[a-z]{2}\/(?:search|newsletter)\/?$/;
/** The most a per-query page may weigh to be held and stripped. */
export const PER_QUERY_MAX_BYTES = 2 * 1024 * 1024;

/**
 * Pure: whether the page at `path` renders per query or per request and is stripped here.
 * @param {string} path without the query
 */
export const isPerQueryPage = (path) => PER_QUERY.test(path);

/**
 * Pure: the page without Next's runtime, compressed for `accept`.
 * @param {Buffer} body Next's uncompressed HTML
 * @param {string | undefined} accept the reader's Accept-Encoding
 * @returns {{ body: Buffer, coding: 'br' | 'gzip' | 'identity' }}
 */
export function perQueryBody(body, accept) {
  let html = body;
  try {
    html = Buffer.from(stripRuntime(body.toString('utf8')));
  } catch {
    // Refused (a new marker): sent as Next made it; the CSP blocks its scripts.
  }
  const coding = negotiate(accept);
  if (coding === 'br') return { body: zlib.brotliCompressSync(html, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }), coding };
  if (coding === 'gzip') return { body: zlib.gzipSync(html, { level: 6 }), coding };
  return { body: html, coding };
}
