import bidiFactory from 'bidi-js';

/**
 * Visual order against logical order, by the Unicode bidi algorithm (UAX #9,
 * bidi-js): what a reader sees when a paragraph mixes scripts. The browser
 * side (tests/e2e/bidi.test.ts) turns each block of a rendered page into a
 * paragraph string, writing every isolating element (`<bdi>`, `dir`, CSS
 * `unicode-bidi: isolate | plaintext`) as the isolate controls UAX #9 §2.7
 * says it stands for; this file says whether each interpolated value in it
 * still reads as one piece, in its place.
 */
const bidi = bidiFactory();

/** LRI, RLI, FSI, PDI: how an isolating element enters the paragraph. */
export const ISOLATE = { ltr: '\u2066', rtl: '\u2067', auto: '\u2068', end: '\u2069' } as const;
const CONTROLS = /[\u2066-\u2069]/;

export type Span = { start: number; end: number; label: string };
export type Paragraph = { text: string; dir: 'ltr' | 'rtl'; spans: Span[]; where?: string };

/** The logical index of each character, left to right as drawn on one line (controls left out). */
export function visualOrder(text: string, dir: 'ltr' | 'rtl'): number[] {
  const { levels, paragraphs } = bidi.getEmbeddingLevels(text, dir);
  const order = [...Array(text.length).keys()];
  for (const p of paragraphs) {
    for (const [from, to] of bidi.getReorderSegments(text, { levels, paragraphs }, p.start, p.end) as [number, number][]) {
      const slice = order.slice(from, to + 1).reverse();
      order.splice(from, slice.length, ...slice);
    }
  }
  return order.filter((i) => !CONTROLS.test(text[i]!));
}

/**
 * What reads wrong: a value whose characters are not side by side on the
 * line (another text's run has slipped into it, as the date's "28" into
 * "…إنفيديا H200"), or two values drawn out of the paragraph's reading order.
 * Surrounding white space does not count as part of a value.
 */
export function misorderedValues(p: Paragraph): string[] {
  const order = visualOrder(p.text, p.dir);
  const position = new Map(order.map((logical, visual) => [logical, visual]));
  const problems: string[] = [];
  const placed: { span: Span; min: number; max: number }[] = [];
  for (const span of p.spans) {
    const indices: number[] = [];
    for (let i = span.start; i < span.end; i++) if (position.has(i)) indices.push(i);
    while (indices.length && /\s/.test(p.text[indices[0]!]!)) indices.shift();
    while (indices.length && /\s/.test(p.text[indices.at(-1)!]!)) indices.pop();
    if (indices.length === 0) continue;
    const visual = indices.map((i) => position.get(i)!);
    const min = Math.min(...visual);
    const max = Math.max(...visual);
    if (max - min + 1 !== indices.length) {
      const drawn = order
        .slice(min, max + 1)
        .map((i) => p.text[i])
        .join('');
      problems.push(`${p.where ?? ''} «${span.label}» is broken up on the line: drawn as «${drawn}» in «${p.text.replace(/[\u2066-\u2069]/g, '')}»`);
      continue;
    }
    placed.push({ span, min, max });
  }
  for (let i = 1; i < placed.length; i++) {
    const a = placed[i - 1]!;
    const b = placed[i]!;
    // A value inside another (a date in its <bdi>): contiguity says it all.
    if (b.span.start < a.span.end) continue;
    const inOrder = p.dir === 'rtl' ? b.max < a.min : b.min > a.max;
    if (!inOrder) problems.push(`${p.where ?? ''} «${b.span.label}» is drawn on the wrong side of «${a.span.label}» in a ${p.dir} paragraph: «${p.text.replace(/[\u2066-\u2069]/g, '')}»`);
  }
  return problems;
}
