import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { locales } from '../../i18n/locales';
import { launchChromium } from '../../scripts/support/chromium';
import { LEAD, TAIL, TOPIC } from '../support/fixture-site';

const baseURL = inject('baseURL');
// Into test-results/ (git-ignored), beside the other templates' screenshots.
const SHOTS = 'test-results/screenshots';
const IMPORTS = LEAD.slug;
const FLASHPOINT = TAIL.slug;

const searchURL = (locale: string, q: string, extra = '') => `${baseURL}/${locale}/search?q=${encodeURIComponent(q)}${extra}`;
const get = (url: string) => fetch(url, { redirect: 'manual' });

/** The slugs of the results, in page order, and the other languages' counts, from the HTML. */
function parse(html: string) {
  const section = html.match(/<section class="search-results"[\s\S]*?<\/section>/)?.[0] ?? '';
  const hits = [...section.matchAll(/<article class="briefing-card search-hit">[\s\S]*?href="\/[a-z]{2}\/briefings\/([^"]+)"/g)].map((m) => m[1]!);
  const total = Number(section.match(/data-total="(\d+)"/)?.[1] ?? NaN);
  const elsewhere = Object.fromEntries([...section.matchAll(/data-locale="([a-z]{2})" data-count="(\d+)"/g)].map((m) => [m[1], Number(m[2])]));
  const marks = [...html.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1]!);
  return { section, hits, total, elsewhere, marks };
}

async function search(locale: string, q: string, extra = '') {
  const res = await get(searchURL(locale, q, extra));
  expect(res.status).toBe(200);
  return parse(await res.text());
}

describe('the search page finds Arabic as readers type it', () => {
  it.each([
    ['انفيديا (no hamza) finds إنفيديا', 'ar', 'انفيديا', IMPORTS],
    ['الصِّين (with tashkeel) finds الصين', 'ar', 'الصِّين', IMPORTS],
    ['الدفعه (ha) finds الدفعة (ta marbuta)', 'ar', 'الدفعه', IMPORTS],
    ['توافق علي (ya) finds توافق على (alef maqsura)', 'ar', 'توافق علي', IMPORTS],
    ['والصين (conjunction) finds الصين', 'ar', 'والصين', IMPORTS],
    ['اشتعال finds the flashpoint briefing only', 'ar', 'اشتعال', FLASHPOINT],
    ['جنسن هوانغ finds the imports briefing', 'ar', 'جنسن هوانغ', IMPORTS],
    ['nvidia finds the English lead briefing', 'en', 'nvidia', IMPORTS],
    ['NVIDIA x900 finds the English lead briefing', 'en', 'NVIDIA x900', IMPORTS],
    ['a typo in a long word (washingtn)', 'en', 'washingtn', FLASHPOINT],
    ['an inflection (approved / approves)', 'en', 'approved', IMPORTS],
  ])('%s', async (_case, locale, q, slug) => {
    const { hits, total } = await search(locale, q);
    expect(hits).toContain(slug);
    expect(total).toBe(hits.length);
  });

  it.each([
    ['ar', 'الدفعه', [IMPORTS]],
    ['ar', 'اشتعال', [FLASHPOINT]],
    ['en', 'flashpoint', [FLASHPOINT]],
    ['en', 'Huang', [IMPORTS]],
  ])('%s %s finds exactly %j', async (locale, q, expected) => {
    expect((await search(locale, q)).hits).toEqual(expected);
  });

  it.each([
    ['ar', 'كرة القدم'],
    ['ar', 'بطيخ'],
    ['ar', 'tesla'],
    ['en', 'zebra'],
    ['en', 'football'],
    ['en', 'chup'],
    ['en', 'البطيخ'],
  ])('%s %s matches nothing and offers topics and the latest briefings', async (locale, q) => {
    const { hits, total, section } = await search(locale, q);
    expect(hits).toEqual([]);
    expect(total).toBe(0);
    expect(section).toContain(`href="/${locale}/topics/${TOPIC}"`);
    expect(section).toMatch(new RegExp(`<h[23] class="briefing-card-title"><a href="/${locale}/briefings/`));
  });

  it.each([
    ['ar', 'nvidia', 'إنفيديا'],
    ['en', 'هواوي', 'Huawei'],
  ])('%s: a name typed in the other script (%s) finds the briefings that spell it %s', async (locale, q, spelt) => {
    const { total, marks } = await search(locale, q);
    expect(total).toBeGreaterThan(0);
    expect(marks.join(' ')).toContain(spelt);
  });

  it('highlights the original characters: hamza and shadda stay inside the mark', async () => {
    expect((await search('ar', 'انفيديا')).marks).toContain('إنفيديا');
    expect((await search('ar', 'تحول')).marks).toContain('تحوّل');
    expect((await search('en', 'nvidia')).marks).toContain('Nvidia’s');
  });

  it('says how many match in the other language, with a link to the same query there', async () => {
    const ar = await search('ar', LEAD.latinName);
    expect(ar.elsewhere).toEqual({ en: 2 });
    expect(ar.section).toContain(`href="/en/search?q=${LEAD.latinName}"`);
    // The name in the other script (lib/search/names.ts): "nvidia" counts the Arabic briefings about إنفيديا.
    const en = await search('en', 'nvidia');
    expect(en.elsewhere).toEqual({ ar: 2 });
    expect(en.section).toContain('In Arabic: 2 briefings.');
    expect(en.section).toContain(`href="/ar/search?q=${encodeURIComponent('إنفيديا')}"`);
    expect(Object.keys(en.elsewhere).sort()).toEqual(locales.filter((l) => l !== 'en'));
  });

  it('shows the empty state for no query, without results', async () => {
    for (const url of [`${baseURL}/en/search`, searchURL('en', '   ')]) {
      const res = await get(url);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('class="search-intro"');
      expect(html).not.toContain('class="search-results"');
    }
  });

  it('cuts a query longer than 200 characters and says so', async () => {
    const res = await get(searchURL('en', `nvidia ${'x'.repeat(300)}`));
    const html = await res.text();
    expect(html).toContain('class="search-notice"');
    expect(html).toContain('only its beginning was used');
    const shown = html.match(/<input[^>]*name="q"[^>]*value="([^"]*)"/)?.[1] ?? '';
    expect(shown.length).toBe(200);
  });
});

describe('the search page over HTTP', () => {
  it('is never indexed, and a CDN may keep it briefly', async () => {
    const res = await get(searchURL('en', 'nvidia'));
    expect(res.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=300');
    expect(res.headers.get('x-robots-tag')).toBe('noindex');
    expect(await res.text()).toMatch(/<meta name="robots" content="noindex, follow"\/>/);
  });

  it('is not shared-cached when it sets the language cookie (?hl=)', async () => {
    const res = await get(searchURL('en', 'nvidia', '&hl=en'));
    expect(res.headers.get('set-cookie')).toContain('NEXT_LOCALE=en');
    expect(res.headers.get('cache-control') ?? '').not.toContain('public');
  });

  it.each([
    ['broken UTF-8', 'q=%FF'],
    ['a truncated escape', 'q=%E0%A4%A'],
    ['a lone percent sign', 'q=%'],
    ['an overlong encoding', 'q=%C0%AF'],
    ['a lone surrogate, CESU-encoded', 'q=%ED%A0%80'],
    ['NUL and controls', 'q=%00nv%07idia%1B'],
    ['HTML and script', 'q=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
    ['an attribute breakout', 'q=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'],
    ['repeated q', 'q=nvidia&q=zebra'],
    ['q as an array', 'q[]=nvidia'],
    ['page=abc', 'q=nvidia&page=abc'],
    ['page=99999', 'q=nvidia&page=99999'],
    ['page=-1', 'q=nvidia&page=-1'],
    ['a very long query', `q=${'%D8%A7'.repeat(5000)}`],
  ])('handles %s without a 5xx, and escapes it', async (_case, qs) => {
    for (const locale of locales) {
      const res = await get(`${baseURL}/${locale}/search?${qs}`);
      expect(res.status).toBeLessThan(500);
      const html = await res.text();
      expect(html).not.toContain('<script>alert');
      expect(html).not.toContain('<img src=x');
    }
  });

  it('prints HTML in the query as text', async () => {
    const res = await get(searchURL('en', '<script>alert(1)</script>'));
    const html = await res.text();
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it.each([
    ['repeated q: the first counts', 'q=flashpoint&q=zebra', [FLASHPOINT]],
    ['page beyond the last is the last', 'q=flashpoint&page=99999', [FLASHPOINT]],
    ['page=abc is page 1', 'q=flashpoint&page=abc', [FLASHPOINT]],
  ])('%s', async (_case, qs, expected) => {
    const res = await get(`${baseURL}/en/search?${qs}`);
    expect(parse(await res.text()).hits).toEqual(expected);
  });

  it('404s for an unknown locale, a path under search, and is 200 in every locale', async () => {
    for (const locale of locales) expect((await get(searchURL(locale, 'nvidia'))).status).toBe(200);
    expect((await get(`${baseURL}/en/search/more`)).status).toBe(404);
  });
});

describe('the search page in a browser without JavaScript', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['ar', 'الصين انفيديا', 'rtl'],
    ['en', 'nvidia chips', 'ltr'],
  ])('submits the masthead form on a 390px phone (%s)', async (locale, q, dir) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${baseURL}/${locale}`);
    // The header fits: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const input = page.getByRole('searchbox', { name: locale === 'ar' ? 'ابحث في الإيجازات' : 'Search briefings' });
    await expect(input.isVisible()).resolves.toBe(true);
    const box = (await input.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await input.fill(q);
    await Promise.all([page.waitForURL(`**/${locale}/search?q=*`), input.press('Enter')]);
    expect(decodeURIComponent(new URL(page.url()).searchParams.get('q') ?? '')).toBe(q);
    expect(await page.getAttribute('html', 'dir')).toBe(dir);
    await expect(page.locator('.search-hit').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.search-hit mark').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('#search-page').inputValue()).resolves.toBe(q);
    await page.screenshot({ path: `${SHOTS}/search-${locale}-390.png`, fullPage: false });
    await context.close();
  });

  it('wraps a long query without spaces instead of widening a 390px page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(searchURL('en', 'x'.repeat(250)));
    await expect(page.locator('.search-notice').count()).resolves.toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });

  it('reaches the search box by keyboard and searches with Enter (1280px)', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseURL}/en/briefings/${IMPORTS}`);
    let focused = '';
    for (let i = 0; i < 10 && focused !== 'search-masthead'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('search-masthead');
    await page.keyboard.type('flashpoint');
    await Promise.all([page.waitForURL('**/en/search?q=flashpoint'), page.keyboard.press('Enter')]);
    await expect(page.locator('.search-hit h2 a').getAttribute('href')).resolves.toBe(`/en/briefings/${FLASHPOINT}`);
    await page.screenshot({ path: `${SHOTS}/search-en-1280.png`, fullPage: false });
    await context.close();
  });
});
