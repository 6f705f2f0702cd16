// @ts-check
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { cachePolicy, HTML_VARY } from '../http/cache-policy.mjs';
import { ICON_SOURCES } from '../http/header-rules.mjs';
import { negotiate } from '../http/encoding.mjs';
import { memoryFiles, statOf } from './hot.mjs';
import { normalizeRange, rangeHeaderFor } from './range.mjs';
import { liveCacheControl, securityHeaderMap, withVary } from './response-policy.mjs';

/**
 * What the build made, served from disk by sirv (a well-kept static
 * server: the Brotli and gzip files written beside each file at build,
 * ETag and 304, Range): Next's hashed assets, public/, and every page
 * prerendered with status 200 (scripts/support/site-tree.ts writes the tree).
 * Pages rendered later (the long tail) are served from the files the cache
 * handler writes when Next stores them (lib/http/cache-handler.mjs), each
 * looked up per request. Nothing is held in memory but sirv's table of the
 * build's files, which the build fixes.
 *
 * A page file is served only while it is current: once a scheduled
 * briefing's instant (or midnight) passes after the file was written
 * (lib/clock/schedule.mjs), the request goes to Next, which renders the page
 * again, as it would for its own copy.
 */

/** The served tree inside a build's .next (the standalone copy too). */
export const SITE_DIR = 'mawjaz-site';
/** Its two parts: files by their URL, and pages by their path plus `.html`. */
export const ASSETS = 'files';
export const PAGES = 'pages';
/** Pages rendered on demand, written when Next stores them. */
export const RENDERED_DIR = 'mawjaz-rendered';

/** @typedef {import('node:http').IncomingMessage} Req @typedef {import('node:http').ServerResponse} Res */

/**
 * Pure: the cache policy of a file of public/ or /_next/static/ by its path.
 * @param {string} path
 */
export function assetPolicy(path) {
  if (path.startsWith('/_next/static/')) return cachePolicy.immutable;
  if (ICON_SOURCES.includes(path)) return cachePolicy.icon;
  return cachePolicy.file;
}

/**
 * Headers set before sirv runs: it keeps them (and answers a 304 with them).
 * @param {Res} res @param {Record<string, string>} headers
 */
function preset(res, headers) {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}

/** @param {Res} res @param {Record<string, string>} headers */
function unset(res, headers) {
  for (const name of Object.keys(headers)) res.removeHeader(name);
}

/**
 * sirv's hook, called with the file it picked (after its own Vary): the
 * Range header made safe for that file's size, and our Vary.
 * @param {string[]} vary
 */
const onFile = (vary) => /** @param {Res} res @param {string} _path @param {import('node:fs').Stats} stats */ (res, _path, stats) => {
  const req = /** @type {Req} */ (res.req);
  const wanted = normalizeRange(req.headers.range, stats.size);
  const range = rangeHeaderFor(wanted);
  if (range === undefined) delete req.headers.range;
  else req.headers.range = range;
  // sirv answers it 416: about this request, not the file.
  if (wanted && wanted.start >= stats.size) res.setHeader('cache-control', cachePolicy.refused.cacheControl);
  res.setHeader('vary', vary.join(', '));
};

/**
 * @param {string} distDir the build's .next (in the standalone copy: its own .next)
 * @param {{ now: () => number, outdated: (storedAt: number, now: number) => boolean, live?: () => import('./response-policy.mjs').LiveNow }} clock
 * @param {{ memoryBytes?: number }} [options] the bound of ./hot.mjs's memory
 */
export function siteFiles(distDir, clock, { memoryBytes = 0 } = {}) {
  const hot = memoryFiles(memoryBytes);
  const root = join(distDir, SITE_DIR);
  const options = { etag: true, gzip: true, brotli: true, dotfiles: false };
  const assets = existsSync(join(root, ASSETS)) ? sirv(join(root, ASSETS), { ...options, extensions: [], setHeaders: onFile(['Accept-Encoding']) }) : null;
  const pages = existsSync(join(root, PAGES)) ? sirv(join(root, PAGES), { ...options, extensions: ['html'], setHeaders: onFile(PAGE_VARY) }) : null;
  const renderedRoot = join(distDir, RENDERED_DIR);
  const rendered = sirv(renderedRoot, { ...options, dev: true, extensions: ['html'], setHeaders: onFile(PAGE_VARY) });
  const builtAt = existsSync(join(root, PAGES)) ? statSync(join(root, PAGES)).mtimeMs : 0;
  const security = securityHeaderMap();
  // Request paths are checked plain (PLAIN_FILE, PLAIN_PATH) before they are appended.
  const pagesRoot = join(root, PAGES);
  const assetsRoot = join(root, ASSETS);
  // Built once: each answer copies one of these.
  const pageHeaders = { ...security, 'cache-control': cachePolicy.page.cacheControl, vary: PAGE_VARY.join(', ') };
  /** @type {Map<import('../http/cache-policy.mjs').CachePolicy, Record<string, string>>} */
  const assetHeaders = new Map();
  const assetHeadersOf = (/** @type {string} */ path) => {
    const policy = assetPolicy(path);
    let headers = assetHeaders.get(policy);
    if (!headers) assetHeaders.set(policy, (headers = { ...security, 'cache-control': policy.cacheControl }));
    return headers;
  };

  /**
   * Serves the request from disk, or calls `next()` when no current file
   * answers it.
   * @param {Req} req @param {Res} res @param {() => void} next
   */
  function serve(req, res, next) {
    const url = req.url ?? '/';
    const path = url.split('?')[0] ?? '/';
    // sirv reads Accept-Encoding loosely (`gzip;q=0` as gzip): negotiated
    // here for sirv, and given back as it came when Next answers instead.
    const accepted = req.headers['accept-encoding'];
    const coding = codingOf(headerText(accepted));
    const toNext = () => {
      if (accepted === undefined) delete req.headers['accept-encoding'];
      else req.headers['accept-encoding'] = accepted;
      next();
    };
    if (path.startsWith('/_next/static/') || /\.[A-Za-z0-9]+$/.test(path)) {
      if (!assets || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
      const headers = assetHeadersOf(path);
      const sent = PLAIN_FILE.test(path) ? hot(req, res, `${assetsRoot}${path}`, coding, headers, null) : 'stream';
      if (sent === 'sent') return;
      if (sent === 'absent') return next();
      req.headers['accept-encoding'] = coding === 'identity' ? '' : coding;
      preset(res, headers);
      return assets(req, res, () => (unset(res, headers), toNext()));
    }
    // sirv decodes a path: `/%65n` would be `/en`'s file (Next redirects it).
    if (!PLAIN_PATH.test(path) || !isPlainPageRequest(req, url)) return next();
    // A live briefing's page: 30 s at every tier until its coverage ends (issue 24).
    const liveCc = liveCacheControl(path, clock.live?.());
    const headers = liveCc ? { ...pageHeaders, 'cache-control': liveCc } : pageHeaders;
    const viaSirv = (/** @type {(req: Req, res: Res, next: () => void) => void} */ handler, /** @type {() => void} */ then) => {
      req.headers['accept-encoding'] = coding === 'identity' ? '' : coding;
      preset(res, headers);
      handler(req, res, () => (unset(res, headers), then()));
    };
    const fromRendered = () => {
      const file = renderedFile(renderedRoot, path);
      const mtime = file ? currentMtime(file) : null;
      if (!file || mtime === null) return toNext();
      const sent = hot(req, res, file, coding, headers, mtime);
      if (sent === 'stream') viaSirv(rendered, toNext);
      else if (sent === 'absent') toNext();
    };
    if (pages && !clock.outdated(builtAt, clock.now())) {
      const sent = hot(req, res, `${pagesRoot}${path}.html`, coding, headers, null);
      if (sent === 'stream') return viaSirv(pages, fromRendered);
      if (sent === 'sent') return;
    }
    fromRendered();
  }

  /**
   * A rendered page's mtime while it is current, else null.
   * @param {string} file
   */
  function currentMtime(file) {
    const stats = statOf(file);
    return stats && !clock.outdated(stats.mtimeMs, clock.now()) ? stats.mtimeMs : null;
  }

  /**
   * The page's file even when it is out of date: what a reader gets when
   * Next fails (stale-on-error), or null.
   * @param {string} path
   * @returns {((req: Req, res: Res, next: () => void) => void) | null}
   */
  function stale(path) {
    if (/\.[A-Za-z0-9]+$/.test(path)) return null;
    const file = renderedFile(renderedRoot, path);
    const handler = file && existsSync(file) ? rendered : pages && existsSync(join(root, PAGES, `${path}.html`)) ? pages : null;
    if (!handler) return null;
    return (req, res, next) => {
      const headers = { ...security, 'cache-control': cachePolicy.staleOnError.cacheControl, vary: PAGE_VARY.join(', ') };
      preset(res, headers);
      handler(req, res, () => (unset(res, headers), next()));
    };
  }

  return { serve, stale };
}

/** A file's path that names it plainly (hashed assets, public/): no `..`, no percent signs. */
const PLAIN_FILE = /^(?:\/[A-Za-z0-9_~-][A-Za-z0-9_.~-]*)+$/;

/** A page's path that names its file plainly: no dots, percent signs or empty segments. */
const PLAIN_PATH = /^(?:\/[a-z0-9][a-z0-9_-]*)+$/i;

/** HTML varies on what Next's pages vary on, plus Save-Data (cache-policy.mjs HTML_VARY). */
export const PAGE_VARY = withVary('rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch', HTML_VARY).split(', ');

/** Request headers that ask for something other than the page everyone gets. */
const NOT_THE_FILE = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url', 'next-action', 'authorization'];

/**
 * Pure: whether a page request may be answered by the page's file: GET or
 * HEAD, none of Next's router headers, no `Save-Data: on` (lite mode), and
 * no `hl` (the language switcher's cookie is set by Next).
 * @param {Req} req @param {string} url
 */
export function isPlainPageRequest(req, url) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  // `/ar/` is Next's to redirect to `/ar`; one URL per page.
  if (/.\/(?:\?|$)/.test(url)) return false;
  if (NOT_THE_FILE.some((name) => req.headers[name] !== undefined)) return false;
  if (/^\s*on\s*$/i.test(headerText(req.headers['save-data']))) return false;
  const query = url.indexOf('?');
  return query < 0 || !new URLSearchParams(url.slice(query + 1)).has('hl');
}

/**
 * Pure: where the cache handler writes a rendered page's HTML, or null for
 * a path that cannot name one (dots, percent signs, empty segments).
 * @param {string} root
 * @param {string} path
 */
export function renderedFile(root, path) {
  if (!PLAIN_PATH.test(path)) return null;
  return `${root}${path}.html`;
}

/** negotiate() remembered per Accept-Encoding value (browsers send a handful), a bounded few. */
const codings = new Map();
/** @param {string} accept @returns {'br' | 'gzip' | 'identity'} */
function codingOf(accept) {
  let coding = codings.get(accept);
  if (coding === undefined) {
    if (codings.size >= 256) codings.clear();
    codings.set(accept, (coding = negotiate(accept)));
  }
  return coding;
}

/** @param {string | string[] | undefined} v */
const headerText = (v) => (Array.isArray(v) ? v.join(', ') : (v ?? ''));
