// @ts-check
/**
 * The shared cache of the server in front of Next (./front.mjs), as a CDN
 * or the shipped nginx (deploy/nginx/) would keep one: it stores what the
 * site's own Cache-Control (./cache-policy.mjs) lets a shared cache store,
 * for as long as it says, and serves it stale while it fetches a fresh
 * copy within `stale-while-revalidate`. Pages change with a build, which
 * starts a new process, and when a scheduled briefing's instant passes,
 * which expires every entry stored before it (`until`).
 */

/** The headers of Next's client router; pages vary on them. */
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url'];
/** Request headers that ask Next for something other than the page as everyone gets it. */
const PERSONAL_REQUEST = ['authorization', 'range', 'next-action', ...ROUTER_HEADERS];
/** What a stored response may vary on: the coding, handled here, and headers that a request served from here never carries (the router's, Save-Data). */
const VARY_HANDLED = new Set(['accept-encoding', 'save-data', ...ROUTER_HEADERS]);
/** Longer URLs (a flood of made-up queries) are passed on, not stored. */
const MAX_URL = 2048;

/**
 * Pure: whether a request asks for lite mode at an ordinary URL
 * (`Save-Data: on`, lib/routing/lite.ts). The front answers it from Next
 * each time, never from its cache and never into it, so a full page is
 * never sent to a lite request nor the reverse; what it stores varies on
 * Save-Data (VARY_HANDLED) only in that sense.
 * @param {Record<string, string | string[] | undefined>} headers
 */
export function isSaveData(headers) {
  const value = headers['save-data'];
  return String(Array.isArray(value) ? value.join(',') : (value ?? ''))
    .split(',')
    .some((v) => v.trim().toLowerCase() === 'on');
}

/**
 * Pure: whether a request may be answered from the shared cache, and fill it.
 * @param {string | undefined} method
 * @param {string | undefined} url
 * @param {Record<string, string | string[] | undefined>} headers
 */
export function isSharedRequest(method, url, headers) {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (!url || url.length > MAX_URL || !url.startsWith('/')) return false;
  return PERSONAL_REQUEST.every((name) => headers[name] === undefined);
}

/**
 * @param {string | undefined} cacheControl
 * @returns {Map<string, string | true>}
 */
function directives(cacheControl) {
  /** @type {Map<string, string | true>} */
  const map = new Map();
  for (const part of (cacheControl ?? '').toLowerCase().split(',')) {
    const [name, value] = part.trim().split('=');
    if (name) map.set(name.trim(), value === undefined ? true : value.trim().replace(/^"|"$/g, ''));
  }
  return map;
}

/** @param {string | true | undefined} v */
const seconds = (v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : null);

/**
 * Pure: how long a shared cache may keep a response, in seconds (fresh,
 * then stale while it is fetched again), or null when it may not keep it
 * at all. Only 200s are kept: an error or a probe of a made-up URL must not
 * take an entry.
 * @param {number} status
 * @param {Record<string, string | string[] | undefined>} headers response headers, lower-case names
 * @returns {{ fresh: number, stale: number } | null}
 */
export function storableFor(status, headers) {
  if (status !== 200 || headers['set-cookie'] !== undefined) return null;
  const cc = directives(String(headers['cache-control'] ?? ''));
  if (cc.has('private') || cc.has('no-store') || cc.has('no-cache')) return null;
  const fresh = seconds(cc.get('s-maxage')) ?? (cc.has('public') ? seconds(cc.get('max-age')) : null);
  if (!fresh) return null;
  const vary = String(headers.vary ?? '')
    .toLowerCase()
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  if (!vary.every((v) => VARY_HANDLED.has(v))) return null;
  return { fresh, stale: seconds(cc.get('stale-while-revalidate')) ?? 0 };
}

/**
 * @typedef {{
 *   status: number,
 *   headers: Record<string, string | string[]>,
 *   bodies: Partial<Record<import('./encoding.mjs').Coding, Buffer>>,
 *   storedAt: number,
 *   fresh: number,
 *   stale: number,
 *   size: number,
 *   compressible: boolean,
 *   best: boolean,
 *   until?: number,
 *   capFrom?: number,
 *   capAt?: number,
 * }} Entry
 */

/**
 * Pure: an entry's state at `now` (ms): fresh, stale (serve it, and fetch
 * it again), or expired (fetch it before answering). Past its `until` (a
 * scheduled briefing's instant, or midnight: lib/clock/schedule.mjs) it is
 * expired whatever its Cache-Control says, so no reader gets a copy from
 * before a briefing was published once it is.
 * @param {Pick<Entry, 'storedAt' | 'fresh' | 'stale' | 'until'>} entry
 * @param {number} now
 * @returns {'fresh' | 'stale' | 'expired'}
 */
export function stateAt(entry, now) {
  if (entry.until !== undefined && now >= entry.until) return 'expired';
  const age = (now - entry.storedAt) / 1000;
  if (age < entry.fresh) return 'fresh';
  if (age < entry.fresh + entry.stale) return 'stale';
  return 'expired';
}

/**
 * Pure: the Cache-Control a copy is sent with when it is out of date in
 * `secondsLeft` (the next publication instant: lib/clock/schedule.mjs),
 * given its `age`: a cache further out (a CDN, nginx, the browser) may keep
 * it fresh no longer than that, so a briefing is not hidden there for up to
 * `s-maxage` after its instant. Unchanged when the instant is further off
 * than the copy's freshness, which is almost always.
 * @param {string} cacheControl
 * @param {number} age seconds the copy has already been kept
 * @param {number} secondsLeft
 */
export function capFreshness(cacheControl, age, secondsLeft) {
  const left = Math.max(0, Math.floor(secondsLeft));
  return cacheControl.replace(/\b(s-maxage|max-age)=(\d+)/gi, (whole, name, value) => {
    const capped = Math.min(Number(value), age + left);
    return capped < Number(value) ? `${name}=${capped}` : whole;
  });
}

/** Entries by URL, least recently used first out once the bytes pass `maxBytes`. */
export class ResponseCache {
  /** @param {number} maxBytes */
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    /** @type {Map<string, Entry>} */
    this.entries = new Map();
  }

  /** An entry without counting it as used. @param {string} key */
  peek(key) {
    return this.entries.get(key);
  }

  /** @param {string} key */
  get(key) {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /**
   * Whether an entry of this many bytes may be kept: one entry never takes
   * more than an eighth of the cache.
   * @param {number} bytes
   */
  fits(bytes) {
    return bytes > 0 && bytes <= this.maxBytes / 8;
  }

  /** @param {string} key @param {Entry} entry */
  set(key, entry) {
    this.delete(key);
    if (!this.fits(entry.size)) return;
    this.entries.set(key, entry);
    this.bytes += entry.size;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= old.size;
    }
  }

  /** @param {string} key */
  delete(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.size;
  }
}
