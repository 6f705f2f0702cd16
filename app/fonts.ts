import localFont from 'next/font/local';
import type { Script } from '@/i18n/locales';

// Self-hosted from npm: next/font/google downloads at build time, which a
// machine without internet cannot do. Variable faces, one file per script.
// next/font reads each call statically, so each face is a const of its own.
const arabic = localFont({
  src: '../node_modules/@fontsource-variable/noto-naskh-arabic/files/noto-naskh-arabic-arabic-wght-normal.woff2',
  variable: '--font-arabic',
  weight: '400 700',
  display: 'swap',
  // Metrics-matched fallbacks keep the layout from shifting when it loads.
  fallback: ['Noto Naskh Arabic', 'Geeza Pro', 'Arial', 'sans-serif'],
  adjustFontFallback: 'Arial',
});

const latin = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  variable: '--font-latin',
  weight: '100 900',
  display: 'swap',
  fallback: ['system-ui', 'Arial', 'sans-serif'],
  adjustFontFallback: 'Arial',
});

/** The web font of each script of the locale table (TypeScript asks for a new one). */
export const scriptFonts = { arabic, latin } satisfies Record<Script, { variable: string }>;

/** Every face's CSS variable, for the root element: pages mix scripts. */
export const fontClassNames = Object.values(scriptFonts)
  .map((font) => font.variable)
  .join(' ');
