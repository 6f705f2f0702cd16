// @ts-check
import { existsSync } from 'node:fs';
import { mkdir, rename, utimes, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { now } from '../clock/clock.mjs';

/**
 * The pages Next renders on demand (the long tail, a page rendered again
 * after a publication instant), written as files when Next stores them
 * (lib/http/cache-handler.mjs `set`, Next's documented place), with their
 * Brotli and gzip copies: compressed once, then served from disk by
 * ./files.mjs as the build's pages are. Only under our server
 * (MAWJAZ_RENDERED_DIR, set by ./server.mjs); `next start` writes nothing.
 */

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Next 16.3+ keys a page's entry by route: `/route-cache/APP_PAGE/<hash>/$/en/…`. */
const ROUTE_CACHE_KEY = /^\/route-cache\/[A-Z_]+\/[0-9a-f]+\/\$(\/.*)$/;
/** A path that names a file plainly (no dots, no percent signs). */
const PLAIN_PATH = /^(?:\/[a-z0-9][a-z0-9_-]*)+$/i;

/**
 * Pure: the page path a cache key stands for, or null.
 * @param {string} key
 */
export function pathOfKey(key) {
  const path = ROUTE_CACHE_KEY.exec(key)?.[1] ?? key;
  return PLAIN_PATH.test(path) ? path : null;
}

/**
 * Pure: the HTML to write for a stored cache value, or null when it is not a
 * page everyone may get (not an App Router page, a status other than 200).
 * @param {any} value
 * @returns {string | Buffer | null}
 */
export function renderedHtml(value) {
  if (value?.kind !== 'APP_PAGE' || (value.status ?? 200) !== 200) return null;
  return typeof value.html === 'string' || Buffer.isBuffer(value.html) ? value.html : null;
}

/** Temporary files written by this process, for their names. */
let written = 0;

/**
 * @param {string} file @param {Buffer} body
 * @param {number} storedAt when Next stored the page: the file's mtime, by
 *   which ./files.mjs judges it out of date (lib/clock/schedule.mjs)
 */
async function replace(file, body, storedAt) {
  const temp = `${file}.${process.pid}.${++written}.tmp`;
  await writeFile(temp, body);
  await utimes(temp, storedAt / 1000, storedAt / 1000);
  await rename(temp, file);
}

/**
 * Writes a stored page as `<dir><path>.html` with `.br` and `.gz` beside it,
 * the HTML last (./files.mjs goes by it), each dated when Next stored the
 * page. Failures are logged, never thrown: Next's own copy is stored either way.
 * @param {string | undefined} dir
 * @param {string} key
 * @param {any} value
 * @param {number} [storedAt]
 */
export async function writeRendered(dir, key, value, storedAt = now()) {
  const path = pathOfKey(key);
  const html = renderedHtml(value);
  if (!dir || !path || html === null) return;
  try {
    const body = Buffer.from(html);
    const file = `${dir}${path}.html`;
    await mkdir(dirname(file), { recursive: true });
    const [br, gz] = await Promise.all([brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }), gzip(body, { level: 9 })]);
    await replace(`${file}.br`, br, storedAt);
    await replace(`${file}.gz`, gz, storedAt);
    await replace(file, body, storedAt);
  } catch (error) {
    console.error(`[cache] could not write ${path} for the file server: ${/** @type {Error} */ (error).message}`);
  }
}

/**
 * A page Next read from its cache (its own files, or Redis on another
 * replica) whose file is missing here: written, dated when it was stored, so
 * that the next reader gets it from disk. Not for an entry the clock expired
 * (`lastModified: -1`, lib/http/cache-handler.mjs): Next renders that again.
 * @param {string | undefined} dir
 * @param {string} key
 * @param {any} data a cache entry: `{ value, lastModified }`
 */
export function ensureRendered(dir, key, data) {
  const path = pathOfKey(key);
  if (!dir || !path || !(data?.lastModified > 0) || renderedHtml(data.value) === null) return;
  if (existsSync(`${dir}${path}.html`)) return;
  void writeRendered(dir, key, data.value, data.lastModified);
}
