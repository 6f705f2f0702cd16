import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/support/chromium';
import { DESK, LEAD } from '../support/fixture-site';

const baseURL = inject('baseURL');
const SLUG = LEAD.slug;
// Into test-results/ (git-ignored): README's docs/screenshots/ are copied from tests/e2e/reader.test.ts's set by hand.
const SHOTS = 'test-results/screenshots';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
});

describe('pages in a real browser', () => {
  it.each([
    ['ar', 'rtl'],
    ['en', 'ltr'],
  ])('/%s has lang and dir from the locale', async (locale, dir) => {
    const res = await page.goto(`${baseURL}/${locale}`);
    expect(res?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    expect(await page.getAttribute('html', 'dir')).toBe(dir);
    await expect(page.locator('.briefing-card').count()).resolves.toBeGreaterThan(0);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/pages-home-${locale}.png`, fullPage: false });
  });

  it.each([
    ['ar', LEAD.title.ar, 'ما يجب معرفته', LEAD.citation.ar, 'بقلم فريق موجز'],
    ['en', LEAD.title.en, 'What to know', LEAD.citation.en, 'By Mawjaz desk'],
  ])('renders the lead briefing in %s with title, key points, byline and sources', async (locale, title, keyPoints, citation, byline) => {
    const res = await page.goto(`${baseURL}/${locale}/briefings/${SLUG}`);
    expect(res?.status()).toBe(200);
    await expect(page.locator('h1').innerText()).resolves.toBe(title);
    const points = page.locator('.key-points');
    await expect(points.locator('h2').innerText()).resolves.toBe(keyPoints);
    await expect(points.locator('li').count()).resolves.toBeGreaterThanOrEqual(3);
    // The lead gives the report's day and no address: cited by its date, linked nowhere.
    await expect(page.locator('.sources li').first().innerText()).resolves.toBe(citation);
    await expect(page.locator('.sources a').count()).resolves.toBe(0);
    await expect(page.locator('.sources time').first().getAttribute('datetime')).resolves.toBe(LEAD.date);
    await expect(page.locator('.briefing-header .byline').innerText()).resolves.toBe(byline);
    await expect(page.locator('.byline a').getAttribute('href')).resolves.toBe(`/${locale}/authors/${DESK}`);
    // The source gives the day only: the date stays a day, with no time.
    await expect(page.locator('time').first().getAttribute('datetime')).resolves.toBe(LEAD.date);
    await page.screenshot({ path: `${SHOTS}/pages-briefing-${locale}.png`, fullPage: false });
  });

  it('keeps Latin words in order inside Arabic', async () => {
    await page.goto(`${baseURL}/ar/briefings/${SLUG}`);
    // The rendered line reads "… إنفيديا X900", not "X900 … إنفيديا": the
    // bidi algorithm keeps the Latin run whole; check the DOM order too.
    const text = await page.locator('h1').innerText();
    expect(text.endsWith(LEAD.arTitleEnd)).toBe(true);
  });

  it('switches to the twin in the other language, and back', async () => {
    await page.goto(`${baseURL}/ar/briefings/${SLUG}`);
    await page.locator('.switcher a[hreflang="en"]').click();
    await page.waitForURL(`**/en/briefings/${SLUG}?hl=en`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.locator('.switcher a[hreflang="ar"]').click();
    await page.waitForURL(`**/ar/briefings/${SLUG}?hl=ar`);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
  });

  // Both versions of the lead carry the same dates: neither is told
  // the other is newer (components/briefing/NewerTranslation.test.tsx renders
  // the notice itself; lib/content/translation.test.ts decides when).
  it.each(['ar', 'en'])('tells no reader of /%s that a twin in step is newer', async (locale) => {
    await page.goto(`${baseURL}/${locale}/briefings/${SLUG}`);
    expect(await page.locator('article.briefing').count()).toBe(1);
    expect(await page.locator('.newer-translation').count()).toBe(0);
  });

  it('shows the localized 404 for an unknown slug', async () => {
    const res = await page.goto(`${baseURL}/en/briefings/no-such-briefing`);
    expect(res?.status()).toBe(404);
    await expect(page.locator('h1').innerText()).resolves.toBe('Page not found');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });

  it('transfers no JavaScript for a briefing page, and still its style sheet and fonts', async () => {
    const fresh = await browser.newPage();
    await fresh.goto(`${baseURL}/en/briefings/${SLUG}`, { waitUntil: 'networkidle' });
    const loaded = await fresh.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => ({ name: e.name, type: (e as PerformanceResourceTiming).initiatorType, bytes: (e as PerformanceResourceTiming).transferSize })),
    );
    const scripts = await fresh.evaluate(() => [...document.scripts].map((s) => s.type || s.src || 'inline'));
    await fresh.close();
    const js = loaded.filter((e) => e.type === 'script' || e.name.endsWith('.js'));
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/briefing-js.json', JSON.stringify({ bytes: js.reduce((s, e) => s + e.bytes, 0), loaded }, null, 2));
    expect(js.map((e) => e.name)).toEqual([]);
    expect(scripts).toEqual(['application/ld+json', 'application/ld+json']);
    // The measure saw the page's other resources: an empty list would pass the checks above.
    expect(loaded.some((e) => e.name.endsWith('.css'))).toBe(true);
    expect(loaded.some((e) => e.name.endsWith('.woff2'))).toBe(true);
  });
});
