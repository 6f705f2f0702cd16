import LineBreaker from 'linebreak';

/**
 * Line breaking: the opportunities come from the Unicode line breaking
 * algorithm (UAX #14, the linebreak package); the choice among them is
 * greedy, as in browsers: each line takes as many words as fit.
 */

export interface BreakOpportunity {
  /** UTF-16 index where a line may start. */
  position: number;
  /** A mandatory break (a newline). */
  required: boolean;
}

export interface LineRange {
  /** UTF-16 range [start, end) of the line, trailing spaces included. */
  start: number;
  end: number;
  /** End of the visible content: trailing spaces hang past the box, as in CSS. */
  contentEnd: number;
  /** Advance of [start, contentEnd), in the units of the advances given. */
  width: number;
}

/** Break opportunities, always ending with one at text.length. */
export function breakOpportunities(text: string): BreakOpportunity[] {
  const out: BreakOpportunity[] = [];
  const breaker = new LineBreaker(text);
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    out.push({ position: bk.position, required: bk.required });
  }
  if (out.at(-1)?.position !== text.length) out.push({ position: text.length, required: false });
  return out;
}

/** Characters that hang at the end of a line (CSS white-space: normal). */
export const isCollapsibleSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u3000';

/** Index after the last non-space character of [start, end). */
export function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isCollapsibleSpace(text[e - 1])) e--;
  return e;
}

/** Prefix sums: sums[i] is the advance of text[0, i). */
export function prefixSums(advances: ArrayLike<number>): Float64Array {
  const sums = new Float64Array(advances.length + 1);
  for (let i = 0; i < advances.length; i++) sums[i + 1] = sums[i]! + advances[i]!;
  return sums;
}

/**
 * Greedy line breaking. `sums` are prefix sums of per-character advances and
 * `maxWidth` is in the same units. A word wider than the box gets a line of
 * its own and overflows (CSS overflow-wrap: normal); the caller shrinks the
 * type when a line is too wide.
 */
export function breakLines(text: string, sums: Float64Array, opportunities: readonly BreakOpportunity[], maxWidth: number): LineRange[] {
  const lines: LineRange[] = [];
  const range = (start: number, end: number): LineRange => {
    const contentEnd = trimEnd(text, start, end);
    return { start, end, contentEnd, width: sums[contentEnd]! - sums[start]! };
  };
  // A tiny tolerance: advances are sums of scaled integers.
  const fits = (r: LineRange) => r.width <= maxWidth + 1e-6;

  let start = 0;
  let lastFit: LineRange | null = null;
  for (const op of opportunities) {
    if (op.position <= start) continue;
    let candidate = range(start, op.position);
    if (!fits(candidate) && lastFit) {
      lines.push(lastFit);
      start = lastFit.end;
      lastFit = null;
      candidate = range(start, op.position);
    }
    if (!fits(candidate)) {
      // One word alone is wider than the box: it overflows on its own line.
      lines.push(candidate);
      start = op.position;
      lastFit = null;
      continue;
    }
    lastFit = candidate;
    if (op.required) {
      lines.push(candidate);
      start = op.position;
      lastFit = null;
    }
  }
  if (lastFit) lines.push(lastFit);
  return lines.filter((l) => l.contentEnd > l.start);
}
