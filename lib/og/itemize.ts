/**
 * Itemization: cuts a paragraph into ranges that can each be shaped in one
 * HarfBuzz call — one bidi level, one script, one font — the way Chromium's
 * shaper segments text before shaping.
 */

export interface Item {
  /** UTF-16 range [start, end) in the paragraph. */
  start: number;
  end: number;
  /** Resolved bidi embedding level; odd is right-to-left. */
  level: number;
  /** ISO 15924 script for HarfBuzz ('Arab', 'Latn', …), or null to let HarfBuzz guess. */
  script: string | null;
  /** Index into the font stack. */
  font: number;
}

const SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['Arab', /\p{Script=Arabic}/u],
  ['Latn', /\p{Script=Latin}/u],
  ['Grek', /\p{Script=Greek}/u],
  ['Cyrl', /\p{Script=Cyrillic}/u],
  ['Hebr', /\p{Script=Hebrew}/u],
];
const INHERITED = /\p{Script=Inherited}/u;
const COMMON = /\p{Script=Common}/u;

/** Script of one code point: a tag, 'Zyyy' (common), 'Zinh' (inherited) or null (other). */
export function scriptOf(char: string): string | null {
  for (const [tag, re] of SCRIPTS) if (re.test(char)) return tag;
  if (INHERITED.test(char)) return 'Zinh';
  if (COMMON.test(char)) return 'Zyyy';
  return null;
}

const isReal = (s: string | null | undefined): s is string => !!s && s !== 'Zyyy' && s !== 'Zinh';

/**
 * Script per UTF-16 index. Common and inherited characters (spaces, digits,
 * punctuation, tashkeel) take the script of the text before them, else after
 * them, as in UAX #24 script runs; so "، " stays Arabic.
 */
export function resolveScripts(text: string): (string | null)[] {
  const raw: (string | null)[] = new Array(text.length).fill(null);
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const s = scriptOf(String.fromCodePoint(cp));
    for (let k = 0; k < len; k++) raw[i + k] = s;
    i += len;
  }
  const out = raw.slice();
  let last: string | null = null;
  for (let i = 0; i < out.length; i++) {
    if (isReal(out[i])) last = out[i]!;
    else if (last) out[i] = last;
  }
  let next: string | null = null;
  for (let i = out.length - 1; i >= 0; i--) {
    if (isReal(out[i])) next = out[i]!;
    else if (next) out[i] = next;
    else out[i] = null; // the whole text is common: let HarfBuzz decide
  }
  return out;
}

/** Code points that never need a glyph of their own (joiners, marks of direction, selectors). */
export function isDefaultIgnorable(cp: number): boolean {
  return cp === 0x00ad || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x206f) || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0xfeff;
}

/**
 * Index of the first font that has every glyph of a grapheme cluster, as CSS
 * font fallback picks; else the first that has its base character; else 0
 * (the primary font draws the missing-glyph box, as a browser does).
 */
export function chooseFont(cluster: string, covers: ReadonlyArray<(cp: number) => boolean>): number {
  const cps = [...cluster].map((c) => c.codePointAt(0)!).filter((cp) => !isDefaultIgnorable(cp));
  if (cps.length === 0) return 0;
  const all = covers.findIndex((has) => cps.every(has));
  if (all >= 0) return all;
  const base = covers.findIndex((has) => has(cps[0]!));
  return base >= 0 ? base : 0;
}

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** Font index per UTF-16 index, chosen per grapheme cluster. */
export function assignFonts(text: string, covers: ReadonlyArray<(cp: number) => boolean>): Uint8Array {
  const out = new Uint8Array(text.length);
  for (const { segment, index } of graphemes.segment(text)) {
    out.fill(chooseFont(segment, covers), index, index + segment.length);
  }
  return out;
}

/** Maximal runs of equal level, script and font. */
export function itemize(levels: ArrayLike<number>, scripts: ReadonlyArray<string | null>, fonts: ArrayLike<number>): Item[] {
  const items: Item[] = [];
  for (let i = 0; i < levels.length; i++) {
    const level = levels[i]!;
    const script = scripts[i] ?? null;
    const font = fonts[i]!;
    const last = items.at(-1);
    if (last && last.end === i && last.level === level && last.script === script && last.font === font) {
      last.end = i + 1;
    } else {
      items.push({ start: i, end: i + 1, level, script, font });
    }
  }
  return items;
}
