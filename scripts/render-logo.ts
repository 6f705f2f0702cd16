/**
 * Renders public/logo.png, the publisher logo (JSON-LD) and feed image:
 * the wordmark in both scripts on the accent colour, 512 × 512. Drawn by
 * Debian's chromium from the self-hosted fonts, so the Arabic is shaped
 * correctly. Run once after changing the design:
 *   npx tsx scripts/render-logo.ts
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from './support/chromium';

// Inlined: a page set from a string may not load file:// URLs.
const font = (file: string) => `data:font/woff2;base64,${readFileSync(resolve('node_modules', file)).toString('base64')}`;
const html = `<!doctype html><html><head><style>
@font-face { font-family: Naskh; src: url(${font('@fontsource-variable/noto-naskh-arabic/files/noto-naskh-arabic-arabic-wght-normal.woff2')}); font-weight: 400 700; }
@font-face { font-family: Inter; src: url(${font('@fontsource-variable/inter/files/inter-latin-wght-normal.woff2')}); font-weight: 100 900; }
html, body { margin: 0; }
body { width: 512px; height: 512px; background: #0b6e4f; color: #fff; display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 8px; }
.ar { font-family: Naskh; font-weight: 700; font-size: 188px; line-height: 1.1; }
.en { font-family: Inter, sans-serif; font-weight: 600; font-size: 44px; letter-spacing: 0.12em; text-transform: uppercase; opacity: 0.9; }
</style></head><body><div class="ar" lang="ar" dir="rtl">موجز</div><div class="en" lang="en">Mawjaz</div></body></html>`;

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 512, height: 512 }, deviceScaleFactor: 1 });
  await page.setContent(html, { waitUntil: 'load' });
  await page.evaluate(async () => {
    await Promise.all([document.fonts.load('700 188px Naskh', 'موجز'), document.fonts.load('600 44px Inter', 'MAWJAZ')]);
  });
  await page.screenshot({ path: 'public/logo.png', clip: { x: 0, y: 0, width: 512, height: 512 } });
  console.log('wrote public/logo.png');
} finally {
  await browser.close();
}
