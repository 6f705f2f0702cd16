// @ts-check
import { createHash } from 'node:crypto';

/**
 * The front's pure rules (./front.mjs): which headers pass, when a copy's
 * lifetime is capped before a publication instant, the cache's size, and
 * validators. Kept apart so the server's own file holds the request path.
 */

/**
 * Pure: when an entry's Cache-Control must start being capped so that no
 * cache further out keeps it past the next publication instant `at`: `at`
 * minus the longest age its header allows. Undefined when there is no
 * instant ahead, for a URL that never changes (`immutable`: share images),
 * for images (icons), or for a header without ages. Midnight is not a
 * reason: a copy kept past it still names its days in full.
 * @param {Pick<import('./response-cache.mjs').Entry, 'headers'>} entry
 * @param {number} at
 */
export function capFrom(entry, at) {
  const cc = entry.headers['cache-control'];
  const type = String(entry.headers['content-type'] ?? '');
  if (!Number.isFinite(at) || typeof cc !== 'string' || /\bimmutable\b/i.test(cc) || type.startsWith('image/')) return undefined;
  const ages = [...cc.matchAll(/\b(?:s-maxage|max-age)=(\d+)/gi)].map((m) => Number(m[1]));
  return ages.length === 0 ? undefined : at - Math.max(...ages) * 1000;
}

/** The default size of the cache; MAWJAZ_RESPONSE_CACHE_MB sets it, 0 turns storing off. */
const DEFAULT_CACHE_MB = 64;

/**
 * Pure: the cache's size in bytes from the environment.
 * @param {Record<string, string | undefined>} env
 */
export function cacheBytesFrom(env) {
  const raw = env.MAWJAZ_RESPONSE_CACHE_MB?.trim();
  const mb = raw ? Number(raw) : DEFAULT_CACHE_MB;
  return Number.isFinite(mb) && mb >= 0 ? Math.floor(mb * 1024 * 1024) : DEFAULT_CACHE_MB * 1024 * 1024;
}

/** Hop-by-hop headers (RFC 9110, 7.6.1): about one connection, never passed on. */
const HOP_BY_HOP = ['connection', 'keep-alive', 'te', 'trailer', 'transfer-encoding', 'upgrade'];
/** Headers that describe one transfer, not the resource; set afresh for each answer. */
export const PER_TRANSFER = new Set([...HOP_BY_HOP, 'content-length', 'content-encoding', 'date', 'age']);
/**
 * Not passed on to Next: conditions are answered here, from the stored
 * response, so Next is always asked for the whole of it; and a GET's body,
 * if a client sent one, is not forwarded, so neither is its framing.
 */
export const NOT_FORWARDED = new Set([
  ...HOP_BY_HOP,
  'accept-encoding',
  'if-none-match',
  'if-modified-since',
  'if-match',
  'if-unmodified-since',
  'content-length',
  'expect',
]);


/**
 * Pure: the weak validator of a body as sent here (Next's own ETag is of
 * the body before its runtime was taken out).
 * @param {Buffer} body
 */
export const etagOf = (body) => `W/"${createHash('sha1').update(body).digest('base64url')}"`;

/**
 * Pure: whether an If-None-Match value names this ETag (weak comparison).
 * @param {string | undefined} ifNoneMatch
 * @param {string | undefined} etag
 */
export function matchesEtag(ifNoneMatch, etag) {
  if (!ifNoneMatch || !etag) return false;
  const weak = (/** @type {string} */ t) => t.trim().replace(/^W\//, '');
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((t) => weak(t) === weak(etag));
}
