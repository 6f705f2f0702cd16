import type { Script } from '@/i18n/locales';

/**
 * What each self-hosted face keeps when scripts/subset-fonts.ts cuts it down
 * (npm run fonts:subset). The @fontsource files are 94 kB (Naskh, with
 * Persian, Urdu and presentation forms) and 48 kB (Inter, weights 100–900);
 * a briefing page may spend 60 kB on fonts. The same ranges become each
 * face's `unicode-range`, so a browser fetches a face only for a page that
 * shows one of its characters, and a character outside falls through to the
 * next face of the stack, never to a missing glyph.
 */
export type SubsetSpec = {
  /** The @fontsource-variable file, relative to the project root. */
  source: string;
  /** The subset file, relative to the project root (committed). */
  output: string;
  /** Inclusive code point ranges kept. */
  ranges: [number, number][];
  /** The weight axis kept: the site sets 400 to 700. */
  weight: [number, number];
};

export const subsets = {
  arabic: {
    source: 'node_modules/@fontsource-variable/noto-naskh-arabic/files/noto-naskh-arabic-arabic-wght-normal.woff2',
    output: 'app/fonts/noto-naskh-arabic-subset.woff2',
    ranges: [
      // Arabic letters, tashkeel, Arabic punctuation and Arabic-Indic digits;
      // U+06A0–06FF (Persian, Urdu, Sindhi letters) left out: Arabic-only site.
      [0x0600, 0x069f],
      // Zero-width non-joiner and joiner, and the bidi marks LRM, RLM.
      [0x200c, 0x200f],
      // Ornate parentheses ﴾ ﴿.
      [0xfd3e, 0xfd3f],
    ],
    weight: [400, 700],
  },
  latin: {
    source: 'node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
    output: 'app/fonts/inter-subset.woff2',
    ranges: [
      // Printable ASCII, the no-break space and the middle dot (the site's
      // own separators). The rest of Latin-1 (Zürich, São Paulo, ×, °) is
      // the next subset, fetched only by a page that shows one of them.
      [0x0020, 0x007e],
      [0x00a0, 0x00a0],
      [0x00b7, 0x00b7],
      // Dashes, typographic quotes, bullet, ellipsis, per mille, guillemets.
      [0x2010, 0x2027],
      [0x2030, 0x203a],
      // Euro, trade mark, minus.
      [0x20ac, 0x20ac],
      [0x2122, 0x2122],
      [0x2212, 0x2212],
    ],
    weight: [400, 700],
  },
} as const satisfies Record<Script, SubsetSpec>;

/**
 * Inter's Latin-1 letters and signs, 6.6 kB more: a face of its own, placed
 * right after Inter in every stack, so pages without them never fetch it.
 */
export const latinSupplement = {
  source: 'node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  output: 'app/fonts/inter-latin1-subset.woff2',
  ranges: [
    [0x00a1, 0x00b6],
    [0x00b8, 0x00ff],
  ],
  weight: [400, 700],
} as const satisfies SubsetSpec;

/**
 * The Arabic words every page of another script shows: the wordmark (موجز)
 * and the switcher's name of the language (العربية). A page in English drew
 * them with the whole Naskh subset (32 kB) for two words; this face holds
 * their letters only, at the weight they are set in (700), and app/fonts.ts
 * gives it to those two elements alone (app/globals.css), so an Arabic word
 * elsewhere on the page never mixes two faces inside one joined word.
 * lib/fonts/subsets.test.ts checks it covers the site's Arabic name and every
 * Arabic native name of the locale table.
 */
export const MASTHEAD_ARABIC_TEXT = 'موجز العربية';

export const arabicMasthead = {
  source: 'node_modules/@fontsource-variable/noto-naskh-arabic/files/noto-naskh-arabic-arabic-wght-normal.woff2',
  output: 'app/fonts/noto-naskh-arabic-masthead.woff2',
  ranges: rangesOf(MASTHEAD_ARABIC_TEXT),
  weight: [700, 700],
} as const satisfies SubsetSpec;

/** Every file scripts/subset-fonts.ts writes. */
export const subsetFiles: Record<string, SubsetSpec> = { ...subsets, latinSupplement, arabicMasthead };

/** The code points of `text` other than spaces, as sorted one-point ranges. */
export function rangesOf(text: string): [number, number][] {
  const points = [...new Set([...text].filter((ch) => ch.trim() !== '').map((ch) => ch.codePointAt(0)!))].sort((a, b) => a - b);
  return points.map((p) => [p, p]);
}

/** CSS `unicode-range` of a subset: `U+0600-069F, U+200C-200F`. */
export function unicodeRange(ranges: readonly (readonly [number, number])[]): string {
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  return ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(', ');
}

/** Whether a code point is in a subset. */
export function covers(ranges: readonly (readonly [number, number])[], codePoint: number): boolean {
  return ranges.some(([a, b]) => codePoint >= a && codePoint <= b);
}
