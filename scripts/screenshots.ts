/**
 * npx tsx scripts/screenshots.ts <base URL> <prefix> [widths…]
 * Full-page screenshots of the home page and the newest briefing (found on
 * the home page, never named here) in every language, at each width
 * (default 1280 and 1600 CSS px), into docs/screenshots/<prefix>-<page>-<locale>-<width>.png.
 * How docs/screenshots/before-* and after-* of the desktop layout were taken.
 */
import { locales } from '../i18n/locales';
import { launchChromium } from './support/chromium';

const [base, prefix, ...rest] = process.argv.slice(2);
if (!base || !prefix) {
  console.error('usage: tsx scripts/screenshots.ts <base URL> <prefix> [widths…]');
  process.exit(2);
}
const widths = rest.length ? rest.map(Number) : [1280, 1600];
const scheme = (process.env.SCHEME ?? 'light') as 'light' | 'dark';
const browser = await launchChromium();
try {
  for (const width of widths) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    const page = await context.newPage();
    for (const locale of locales) {
      await page.goto(`${base}/${locale}`, { waitUntil: 'networkidle' });
      const briefing = await page.locator(`main a[href^="/${locale}/briefings/"]`).first().getAttribute('href');
      const shots: [string, string][] = [['home', `/${locale}`]];
      if (briefing) shots.push(['briefing', briefing]);
      for (const [name, path] of shots) {
        await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
        const file = `docs/screenshots/${prefix}-${name}-${locale}-${width}${scheme === 'dark' ? '-dark' : ''}.png`;
        await page.screenshot({ path: file, fullPage: name !== 'home' });
        console.log(file);
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
}
