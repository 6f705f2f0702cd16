import localFont from 'next/font/local';
import type { Script } from '@/i18n/locales';
import { fontStack, type ScriptFaces } from '@/lib/fonts/stack';

// Self-hosted: next/font/google downloads at build time, which a machine
// without internet cannot do. The files are subsets of the @fontsource
// variable faces, written by `npm run fonts:subset` from lib/fonts/subsets.ts
// (Naskh 32 kB, Inter 22 kB: a page of either language loads both, because
// each shows the other script at least in the language switcher, and stays
// under the 60 kB font budget). next/font reads each call statically, so the
// options are literals; lib/fonts/subsets.test.ts checks that each
// `unicode-range` here is the range its file was cut to.
const arabic = localFont({
  src: './fonts/noto-naskh-arabic-subset.woff2',
  variable: '--font-arabic',
  weight: '400 700',
  // 'fallback', not 'swap': with no preload (below), a face swapped in
  // after the first paint moved every line (Lighthouse: CLS 0.12 on an
  // Arabic briefing). The browser waits up to ~100 ms for it before drawing
  // the text, swaps it in only within ~3 s, and never later ('optional'
  // kept the fallback for the whole first page on a busy machine).
  display: 'fallback',
  // Not preloaded: next/font would preload it on every page, English ones
  // included, which need only the masthead face below (issue 21: 32 kB for
  // two words). An Arabic page finds it in its style sheet at once.
  preload: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0600-069F, U+200C-200F, U+FD3E-FD3F' }],
  // A metrics-matched fallback keeps the layout from shifting when it loads.
  fallback: ['Noto Naskh Arabic', 'Geeza Pro', 'sans-serif'],
  adjustFontFallback: 'Arial',
});

const latin = localFont({
  src: './fonts/inter-subset.woff2',
  variable: '--font-latin',
  weight: '400 700',
  // 'fallback', as Naskh above: no reflow when it comes late.
  display: 'fallback',
  declarations: [{ prop: 'unicode-range', value: 'U+0020-007E, U+00A0, U+00B7, U+2010-2027, U+2030-203A, U+20AC, U+2122, U+2212' }],
  fallback: ['system-ui', 'sans-serif'],
  adjustFontFallback: 'Arial',
  // Not preloaded either: next/font puts its preload in every page's head,
  // and a lite page (lib/routing/lite.ts) must fetch no font at all. Both
  // pages find it in their style sheet at once.
  preload: false,
});

// Latin-1 letters and signs (é, ü, ×, °): fetched only by a page that shows one.
const latinSupplement = localFont({
  src: './fonts/inter-latin1-subset.woff2',
  variable: '--font-latin-supplement',
  weight: '400 700',
  display: 'swap',
  preload: false,
  declarations: [{ prop: 'unicode-range', value: 'U+00A1-00B6, U+00B8-00FF' }],
  adjustFontFallback: false,
});

// The wordmark's and the switcher's Arabic letters only (lib/fonts/subsets.ts,
// arabicMasthead: 1–2 kB), used by those two elements on pages of other
// scripts (app/globals.css). Its unicode-range is the letters it holds.
const arabicMasthead = localFont({
  src: './fonts/noto-naskh-arabic-masthead.woff2',
  variable: '--font-arabic-masthead',
  weight: '700',
  display: 'swap',
  preload: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0627, U+0628, U+0629, U+062C, U+0631, U+0632, U+0639, U+0644, U+0645, U+0648, U+064A' }],
  fallback: ['Noto Naskh Arabic', 'Geeza Pro', 'sans-serif'],
  adjustFontFallback: false,
});

// Arabic for print: Tajawal (@fontsource, static 400 and 700, 9 kB each),
// used by app/globals.css's print rules only, so a browser fetches it to
// print and never to read. Why not Naskh on paper: Chromium writes Naskh's
// joins with raised glyphs (each on its own baseline offset), and pdftotext
// (poppler) split every word at them ("الصي ن ت واف ق"), static face or
// variable; Noto Sans and Kufi Arabic the same. Tajawal's letters sit on one
// baseline and extract whole (tests/e2e/print.test.ts).
const arabicPrint = localFont({
  src: [
    { path: '../node_modules/@fontsource/tajawal/files/tajawal-arabic-400-normal.woff2', weight: '400' },
    { path: '../node_modules/@fontsource/tajawal/files/tajawal-arabic-700-normal.woff2', weight: '700' },
  ],
  variable: '--font-arabic-print',
  display: 'block',
  preload: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0600-06FF, U+200C-200E, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC' }],
  adjustFontFallback: false,
});

/**
 * The web faces of each script of the locale table (TypeScript asks for a
 * new script's), as next/font named them: its `style.fontFamily` is the
 * face followed by its metric-adjusted fallback ('arabic', 'arabic Fallback').
 */
export const scriptFonts = {
  arabic: [arabic],
  latin: [latin, latinSupplement],
} satisfies Record<Script, { variable: string; style: { fontFamily: string } }[]>;

const faces = Object.fromEntries(Object.entries(scriptFonts).map(([script, fonts]) => [script, fonts.map((f) => f.style.fontFamily)])) as Record<Script, string[]>;

/** The body font stack of a page whose language is written in `script`. */
export function bodyFontStack(script: Script): string {
  return fontStack(script, faces as ScriptFaces);
}

/**
 * The faces a page of each script preloads (app/[locale]/layout.tsx, with
 * lib/fonts/preload.ts): the stems of next/font's file names, which are the
 * files' own names with `_` for `-`. Its own script's text face, and Inter,
 * which both languages show (Latin names, digits). Not the masthead face:
 * two words, drawn late at worst.
 */
export const preloadedFaces: Record<Script, string[]> = {
  arabic: ['noto_naskh_arabic_subset', 'inter_subset'],
  latin: ['inter_subset'],
};

/**
 * A lite page's stack: the reader's own faces, none downloaded. Naskh,
 * Geeza Pro and Segoe UI are where most phones and desktops keep Arabic.
 */
export const systemFontStack = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Naskh Arabic', 'Geeza Pro', Tahoma, sans-serif";

/** Every face's CSS variable, for the root element. */
export const fontClassNames = [...Object.values(scriptFonts).flat(), arabicMasthead, arabicPrint].map((font) => font.variable).join(' ');
