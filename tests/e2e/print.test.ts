import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { locales, type Locale } from '../../i18n/locales';
import { paths } from '../../lib/routing/paths';
import { absoluteUrl } from '../../lib/site/url';
import { launchChromium } from '../../scripts/support/chromium';

/**
 * Issue 21, item 5: a briefing printed by Chromium to PDF, read back with
 * poppler's pdftotext (Debian's poppler-utils), in every language:
 *   - the site's name and the page's canonical URL (NEXT_PUBLIC_SITE_URL) are on it;
 *   - Arabic comes out as whole words: Chromium writes a variable face as
 *     Type 3 glyphs and pdftotext read "الصين توافق" as "الصي ن ت واف ق"
 *     (app/fonts.ts prints with static Naskh instances);
 *   - the margins are even: the text block is as far from the left edge as
 *     from the right (it was 18 mm against 42 mm in English).
 * The briefing is the newest on the home page, never a slug named here.
 */
const baseURL = inject('baseURL');
const MM = 72 / 25.4;
const A4_WIDTH = 210 * MM;

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), 'mawjaz-print-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

type Printed = { url: string; text: string; words: string[]; xMin: number; xMax: number };

/** Prints the newest briefing of `locale` and reads the PDF back. */
async function print(locale: Locale): Promise<Printed> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(`${baseURL}/${locale}`, { waitUntil: 'networkidle' });
    const path = await page.locator(`main a[href^="/${locale}/briefings/"]`).first().getAttribute('href');
    expect(path).toBeTruthy();
    await page.goto(`${baseURL}${path}`, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => document.fonts.ready);
    await page.waitForLoadState('networkidle');
    // The words a reader sees: headline, dek and running text.
    const words = await page.evaluate(() => [...document.querySelectorAll('.briefing-title, .dek, .prose p, .prose li')].flatMap((el) => (el as HTMLElement).innerText.split(/\s+/)));
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const file = join(dir, `${locale}.pdf`);
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    // Every line's box on page 1, in PDF points.
    const bbox = execFileSync('pdftotext', ['-bbox-layout', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
    const lines = [...bbox.matchAll(/<line xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    return { url: absoluteUrl(path!), text, words, xMin: Math.min(...lines.map((l) => l[0])), xMax: Math.max(...lines.map((l) => l[1])) };
  } finally {
    await page.close();
  }
}

const printed = new Map<Locale, Printed>();
const get = async (locale: Locale) => printed.get(locale) ?? printed.set(locale, await print(locale)).get(locale)!;

/** Letters only: punctuation and digits around a word are not part of it. */
const arabicWord = (w: string) => w.replace(/[^\u0621-\u064A\u0671-\u06D3]/g, '');

describe.each(locales)('a briefing printed in /%s', (locale) => {
  it("carries the site's name and its canonical URL", async () => {
    const { text, url } = await get(locale);
    expect(url.startsWith(absoluteUrl(paths.home(locale)))).toBe(true);
    // pdftotext may break a long URL at its slashes; the characters must all be there, in order.
    expect(text.replace(/\s+/g, '')).toContain(url);
    expect(text).toContain('موجز');
    expect(text.toLowerCase()).toContain('mawjaz');
  });

  it('has even margins: the text block is centred between the left and right edges', async () => {
    const { xMin, xMax } = await get(locale);
    const left = xMin / MM;
    const right = (A4_WIDTH - xMax) / MM;
    expect(left, `left margin ${left.toFixed(1)} mm, right ${right.toFixed(1)} mm`).toBeGreaterThan(12);
    expect(Math.abs(left - right), `left margin ${left.toFixed(1)} mm, right ${right.toFixed(1)} mm`).toBeLessThan(4);
  });
});

describe('Arabic in the PDF', () => {
  it('pdftotext reads the Arabic words whole, not broken by spaces', async () => {
    const arabic = locales.filter((l) => /^ar/.test(l));
    expect(arabic.length).toBeGreaterThan(0);
    for (const locale of arabic) {
      const { text, words } = await get(locale);
      const extracted = new Set(text.split(/\s+/).map(arabicWord).filter(Boolean));
      // Left out of the count, for poppler's sake, not the page's: lam-alef is
      // one glyph whose two letters pdftotext gives back in the other order
      // ("الآلاف" reads "اآلالف"), and a vowel mark (shadda, tanween) is a
      // glyph of its own that it may read as a break. The spaces it put
      // inside plain words were the bug.
      const plain = words.filter((w) => !/[\u064B-\u0652]/.test(w));
      const expected = [...new Set(plain.map(arabicWord))].filter((w) => w.length >= 3 && !/ل[اأإآ]/.test(w));
      expect(expected.length).toBeGreaterThan(50);
      const missing = expected.filter((w) => !extracted.has(w));
      expect(missing.length / expected.length, `words pdftotext broke or lost: ${missing.slice(0, 20).join(' ')}`).toBeLessThanOrEqual(0.01);
    }
  });
});
