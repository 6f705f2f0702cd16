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
  display: 'swap',
  declarations: [{ prop: 'unicode-range', value: 'U+0600-069F, U+200C-200F, U+FD3E-FD3F' }],
  // A metrics-matched fallback keeps the layout from shifting when it loads.
  fallback: ['Noto Naskh Arabic', 'Geeza Pro', 'sans-serif'],
  adjustFontFallback: 'Arial',
});

const latin = localFont({
  src: './fonts/inter-subset.woff2',
  variable: '--font-latin',
  weight: '400 700',
  display: 'swap',
  declarations: [{ prop: 'unicode-range', value: 'U+0020-007E, U+00A0, U+00B7, U+2010-2027, U+2030-203A, U+20AC, U+2122, U+2212' }],
  fallback: ['system-ui', 'sans-serif'],
  adjustFontFallback: 'Arial',
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

/**
 * The web faces of each script of the locale table (TypeScript asks for a
 * new script's), as next/font named them: its `style.fontFamily` is the
 * face followed by its metric-adjusted fallback ('arabic', 'arabic Fallback').
 */
export const scriptFonts = {
  arabic: [arabic],
  latin: [latin, latinSupplement],
} satisfies Record<Script, { variable: string; style: { fontFamily: string } }[]>;

const faces = Object.fromEntries(
  Object.entries(scriptFonts).map(([script, fonts]) => [script, fonts.map((f) => f.style.fontFamily)]),
) as Record<Script, string[]>;

/** The body font stack of a page whose language is written in `script`. */
export function bodyFontStack(script: Script): string {
  return fontStack(script, faces as ScriptFaces);
}

/** Every face's CSS variable, for the root element. */
export const fontClassNames = Object.values(scriptFonts)
  .flat()
  .map((font) => font.variable)
  .join(' ');
