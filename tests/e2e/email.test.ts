import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../i18n/locales';
import { newsletterConfig } from '../../lib/newsletter/config';
import { emailWords, messageFor, prepareEdition } from '../../lib/newsletter/edition-message';
import { translator } from '../../lib/newsletter/translate';
import { launchChromium } from '../../scripts/support/chromium';
import { fixtureEdition } from '../support/email-edition';

/**
 * The edition email as Chromium draws it, at a phone's 375 px and the
 * classic 600 px of email, light and dark, in both languages. The
 * screenshots are kept in docs/screenshots/email/ for people to look at;
 * the test checks what a person would see first: nothing wider than the
 * screen, the text on the reading side, and dark mode really dark.
 */
const OUT = join(process.cwd(), 'docs', 'screenshots', 'email');
const BASE = 'https://mawjaz.example';
let browser: Browser;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launchChromium();
});
afterAll(() => browser?.close());

async function html(locale: (typeof locales)[number]) {
  const edition = fixtureEdition(locale, 10, BASE);
  const site = (await translator(locale, 'Site'))('name');
  const words = emailWords(await translator(locale, 'Newsletter'), await translator(locale, 'Digest'), site, edition.day, locale);
  return String(messageFor(prepareEdition(edition, words, BASE), 'reader@example.test', 'TOKEN.SIG', newsletterConfig({ NEWSLETTER_SECRET: 'x' }, BASE)).html);
}

describe.each(locales)('the %s edition email in Chromium', (locale) => {
  it.each([
    [375, 'light'],
    [375, 'dark'],
    [600, 'light'],
    [600, 'dark'],
  ] as const)('at %i px, %s', async (width, scheme) => {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    try {
      await page.setContent(await html(locale), { waitUntil: 'load' });
      const seen = await page.evaluate(() => {
        const title = document.querySelector('h2')!;
        const rect = title.getBoundingClientRect();
        return {
          overflow: document.documentElement.scrollWidth - window.innerWidth,
          background: getComputedStyle(document.body).backgroundColor,
          titleColor: getComputedStyle(title.querySelector('a')!).color,
          // Where the first title's text sits: against the right edge in RTL, the left in LTR.
          titleLeft: rect.left,
          titleRight: window.innerWidth - rect.right,
          direction: getComputedStyle(title).direction,
        };
      });
      await page.screenshot({ path: join(OUT, `${locale}-${width}-${scheme}.png`), fullPage: false });
      expect(seen.overflow).toBeLessThanOrEqual(0);
      const dir = locale === 'ar' ? 'rtl' : 'ltr';
      expect(seen.direction).toBe(dir);
      const luminance = (rgb: string) => {
        const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
        return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
      };
      if (scheme === 'dark') {
        expect(luminance(seen.background)).toBeLessThan(0.2);
        expect(luminance(seen.titleColor)).toBeGreaterThan(0.7);
      } else {
        expect(luminance(seen.background)).toBeGreaterThan(0.8);
        expect(luminance(seen.titleColor)).toBeLessThan(0.3);
      }
    } finally {
      await page.close();
    }
  });
});
