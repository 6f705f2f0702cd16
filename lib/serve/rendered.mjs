// @ts-check
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

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

/** @param {string} file @param {Buffer} body */
async function replace(file, body) {
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temp, body);
  await rename(temp, file);
}

/**
 * Writes a stored page as `<dir><path>.html` with `.br` and `.gz` beside it,
 * the HTML last (./files.mjs goes by it). Failures are logged, never thrown:
 * Next's own copy is stored either way.
 * @param {string | undefined} dir
 * @param {string} key
 * @param {any} value
 */
export async function writeRendered(dir, key, value) {
  const path = pathOfKey(key);
  const html = renderedHtml(value);
  if (!dir || !path || html === null) return;
  try {
    const body = Buffer.from(html);
    const file = `${dir}${path}.html`;
    await mkdir(dirname(file), { recursive: true });
    const [br, gz] = await Promise.all([
      brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
      gzip(body, { level: 9 }),
    ]);
    await replace(`${file}.br`, br);
    await replace(`${file}.gz`, gz);
    await replace(file, body);
  } catch (error) {
    console.error(`[cache] could not write ${path} for the file server: ${/** @type {Error} */ (error).message}`);
  }
}
