/**
 * Renders the site's icons from the wordmark, drawn by Debian's chromium
 * from the self-hosted Naskh face (so the Arabic is shaped):
 *   app/favicon.ico    16 and 32 px: the letter م, legible at tab size
 *   app/apple-icon.png 180 px: the wordmark موجز (home screens, iOS)
 * Next serves both by file convention (/favicon.ico, /apple-icon.png, plus
 * the <link> tags). Run after changing the design: npx tsx scripts/render-icons.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { launchChromium } from './support/chromium';
import { pngsToIco } from './support/ico';
import { exitOnHelp } from './support/help';

exitOnHelp(import.meta.url);

const naskh = `data:font/woff2;base64,${readFileSync(resolve('node_modules/@fontsource-variable/noto-naskh-arabic/files/noto-naskh-arabic-arabic-wght-normal.woff2')).toString('base64')}`;
const page = (size: number, text: string, fontSize: number, radius: number) => `<!doctype html><html><head><style>
@font-face { font-family: Naskh; src: url(${naskh}); font-weight: 400 700; }
html, body { margin: 0; background: transparent; }
body { width: ${size}px; height: ${size}px; display: flex; align-items: center; justify-content: center;
  background: #0a6b4d; color: #fff; border-radius: ${radius}px; overflow: hidden; }
div { font-family: Naskh; font-weight: 700; font-size: ${fontSize}px; line-height: 1; padding-block-end: ${Math.round(fontSize * 0.12)}px; }
</style></head><body><div lang="ar" dir="rtl">${text}</div></body></html>`;

const browser = await launchChromium();
try {
  const shot = async (size: number, text: string, fontSize: number, radius: number) => {
    const p = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await p.setContent(page(size, text, fontSize, radius), { waitUntil: 'load' });
    await p.evaluate(async (t) => void (await document.fonts.load('700 20px Naskh', t)), text);
    const png = await p.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await p.close();
    // Next's .ico reader wants RGBA PNGs; chromium writes RGB when nothing is transparent.
    return sharp(png).ensureAlpha().png().toBuffer();
  };
  const ico = pngsToIco([
    { size: 16, png: await shot(16, 'م', 15, 3) },
    { size: 32, png: await shot(32, 'م', 30, 6) },
  ]);
  writeFileSync('app/favicon.ico', ico);
  // iOS rounds the corners itself: a square, full-bleed image.
  writeFileSync('app/apple-icon.png', await shot(180, 'موجز', 64, 0));
  console.log('wrote app/favicon.ico, app/apple-icon.png');
} finally {
  await browser.close();
}
