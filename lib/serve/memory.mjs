// @ts-check
/**
 * A hard-bounded store of file bytes, least recently used out first: the
 * one thing our server keeps in memory (./files.mjs), because sending a
 * page from memory is four to five times the rate of reading it from disk
 * per request (npm run bench:serve). Bounded by bytes counted once, when an
 * entry is stored, and never changed after: the old response cache grew past
 * its limit because entries changed size after they were counted (issue 20).
 * An entry bigger than `maxEntryBytes` is never stored; it is streamed.
 */

/** The default size; MAWJAZ_FILE_CACHE_MB sets it, 0 turns it off. */
const DEFAULT_MB = 32;

/**
 * Pure: the store's size in bytes from the environment.
 * @param {Record<string, string | undefined>} env
 */
export function memoryBytesFrom(env) {
  const raw = env.MAWJAZ_FILE_CACHE_MB?.trim();
  const mb = raw ? Number(raw) : DEFAULT_MB;
  return Math.floor((Number.isFinite(mb) && mb >= 0 ? mb : DEFAULT_MB) * 1024 * 1024);
}

/**
 * @template V
 */
export class ByteBoundCache {
  /** @param {number} maxBytes @param {number} [maxEntryBytes] */
  constructor(maxBytes, maxEntryBytes = Math.max(0, Math.floor(maxBytes / 16))) {
    this.maxBytes = maxBytes;
    this.maxEntryBytes = maxEntryBytes;
    /** @type {Map<string, { value: V, bytes: number }>} */
    this.entries = new Map();
    this.bytes = 0;
  }

  /** @param {string} key @returns {V | undefined} */
  get(key) {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Whether an entry of this size would be kept. @param {number} bytes */
  fits(bytes) {
    return bytes <= this.maxEntryBytes && bytes <= this.maxBytes;
  }

  /**
   * Stores `value`, counted as `bytes` (its body and key), evicting the least
   * recently used until the total is within the bound again.
   * @param {string} key @param {V} value @param {number} bytes
   */
  set(key, value, bytes) {
    this.delete(key);
    if (!this.fits(bytes)) return;
    this.entries.set(key, { value, bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }

  /** @param {string} key */
  delete(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}
