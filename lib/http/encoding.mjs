// @ts-check
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/**
 * Content codings for the server in front of Next (./front.mjs). Next
 * compresses with gzip only, afresh on every response, in its own process
 * (measured in issue 13: compression cost more than rendering a prerendered
 * page). Here a response is compressed quickly for its first reader; one
 * that is stored and read again is compressed once more at the best
 * setting, and every later reader gets those bytes as they are.
 */

/** @typedef {'br' | 'gzip' | 'identity'} Coding */

/**
 * Pure: the coding to send for an Accept-Encoding value: Brotli, then gzip,
 * then none; a coding with `q=0` is refused, and `*` stands for any other.
 * @param {string | undefined} accept
 * @returns {Coding}
 */
export function negotiate(accept) {
  if (!accept) return 'identity';
  /** @type {Map<string, number>} */
  const q = new Map();
  for (const part of accept.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const weight = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    q.set(name.trim(), weight ? Number(weight[1]) : 1);
  }
  const accepts = (/** @type {string} */ coding) => (q.get(coding) ?? q.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip') || accepts('x-gzip')) return 'gzip';
  return 'identity';
}

/** Text worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:javascript|json|xml|rss\+xml|atom\+xml|feed\+json|manifest\+json|ld\+json)|image\/svg\+xml|image\/x-icon)/i;
/** Below this, the coding's framing costs more than it saves. */
const MIN_BYTES = 256;

/**
 * Pure: whether a body of this type and size is worth compressing.
 * @param {string | undefined} contentType
 * @param {number} size
 */
export function isCompressible(contentType, size) {
  return size >= MIN_BYTES && COMPRESSIBLE.test(contentType ?? '');
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Brotli's best takes ~1 s a MB here: past this size (a sitemap of a big
 * archive), a stored response gets the quick setting too.
 */
const BEST_MAX_BYTES = 1024 * 1024;

/**
 * A body in both codings, in libuv's thread pool, off the event loop.
 * `effort: 'once'` for a response that is stored and sent many times
 * (Brotli's best, ~10 ms for a page); `'each'` for one sent once.
 * @param {Buffer} body
 * @param {'once' | 'each'} effort
 * @returns {Promise<{ br: Buffer, gzip: Buffer }>}
 */
export async function compressBoth(body, effort) {
  const [br, gz] = await Promise.all([compressTo('br', body, effort), compressTo('gzip', body, effort)]);
  return { br, gzip: gz };
}

/**
 * @param {Exclude<Coding, 'identity'>} coding
 * @param {Buffer} body
 * @param {'once' | 'each'} effort
 * @returns {Promise<Buffer>}
 */
export function compressTo(coding, body, effort) {
  const best = effort === 'once' && body.length <= BEST_MAX_BYTES;
  if (coding === 'gzip') return gzip(body, { level: best ? 9 : 6 });
  return brotli(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: best ? 11 : 5,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}
