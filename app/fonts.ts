import localFont from 'next/font/local';

// Self-hosted from npm: next/font/google downloads at build time, which a
// machine without internet cannot do. Variable faces, one file per script.
export const arabicFont = localFont({
  src: '../node_modules/@fontsource-variable/noto-naskh-arabic/files/noto-naskh-arabic-arabic-wght-normal.woff2',
  variable: '--font-arabic',
  weight: '400 700',
  display: 'swap',
  // Metrics-matched fallbacks keep the layout from shifting when it loads.
  fallback: ['Noto Naskh Arabic', 'Geeza Pro', 'Arial', 'sans-serif'],
  adjustFontFallback: 'Arial',
});

export const latinFont = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  variable: '--font-latin',
  weight: '100 900',
  display: 'swap',
  fallback: ['system-ui', 'Arial', 'sans-serif'],
  adjustFontFallback: 'Arial',
});
