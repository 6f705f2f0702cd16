// @ts-check
/**
 * Range requests (RFC 9110, 14.2) made safe for sirv, which reads
 * `bytes=a-b` naively: `bytes=5-2` or `bytes=x` reached
 * `fs.createReadStream` with a start past its end and threw (a 500), and a
 * suffix range (`bytes=-500`) was read as the first 500 bytes. The header
 * is rewritten before sirv sees it, against the size of the file it picked.
 */

/**
 * Pure: what to do with a Range header for a file of `size` bytes.
 * - `null`: ignore it and send the whole file (200), as RFC 9110 allows for
 *   a header that is not one valid byte range (several ranges, other units,
 *   bad syntax, first byte after the last);
 * - `{ start, end }` with `start < size`: a satisfiable range, 206;
 * - `{ start: size, end: size }`: unsatisfiable, 416 (sirv answers it).
 * @param {string | undefined} header
 * @param {number} size
 * @returns {{ start: number, end: number } | null}
 */
export function normalizeRange(header, size) {
  if (!header) return null;
  const m = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!m || (m[1] === '' && m[2] === '')) return null;
  const unsatisfiable = { start: size, end: size };
  if (m[1] === '') {
    // The last N bytes.
    const n = Number(m[2]);
    if (n === 0 || size === 0) return unsatisfiable;
    return { start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (m[2] !== '' && Number(m[2]) < start) return null;
  if (!Number.isSafeInteger(start) || start >= size) return unsatisfiable;
  return { start, end };
}

/**
 * The Range header sirv reads for `range` (see normalizeRange): absent for
 * the whole file; `bytes=start-end`; for an unsatisfiable one, a start at
 * the size, which sirv answers with 416 and `Content-Range: bytes *\/size`.
 * @param {{ start: number, end: number } | null} range
 * @returns {string | undefined}
 */
export function rangeHeaderFor(range) {
  if (!range) return undefined;
  return `bytes=${range.start}-${range.end}`;
}
