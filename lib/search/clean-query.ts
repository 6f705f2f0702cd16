/** Longest query, in characters (code points); the rest is cut and the page says so. */
export const MAX_QUERY_LENGTH = 200;

export type CleanQuery = {
  /** What is searched and shown: never contains control characters or lone surrogates. */
  query: string;
  /** The reader's query was longer than MAX_QUERY_LENGTH and was cut. */
  truncated: boolean;
};

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** C0 and C1 controls (NUL included), and U+FFFD left by broken UTF-8 in the URL. */
const CONTROL = /[\u0000-\u001F\u007F-\u009F\uFFFD]/g;

/**
 * Makes a `q` parameter safe to search and to print: the first value if
 * repeated, controls, NUL, replacement characters and unpaired surrogates
 * turned into spaces, whitespace collapsed, NFC, at most MAX_QUERY_LENGTH
 * code points. HTML in it stays text: React escapes it when rendered.
 */
export function cleanQuery(raw: string | string[] | undefined | null): CleanQuery {
  const first = Array.isArray(raw) ? raw[0] : raw;
  if (typeof first !== 'string') return { query: '', truncated: false };
  const text = first.replace(LONE_SURROGATE, ' ').replace(CONTROL, ' ').normalize('NFC').replace(/\s+/g, ' ').trim();
  const chars = [...text];
  if (chars.length <= MAX_QUERY_LENGTH) return { query: text, truncated: false };
  return { query: chars.slice(0, MAX_QUERY_LENGTH).join('').trim(), truncated: true };
}

/** The `page` parameter: a positive integer, else 1 (out-of-range pages are clamped by the query). */
export function parseSearchPage(raw: string | string[] | undefined | null): number {
  const first = Array.isArray(raw) ? raw[0] : raw;
  return typeof first === 'string' && /^[1-9]\d{0,5}$/.test(first) ? Number(first) : 1;
}
