import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { locales, type Locale } from '../../i18n/locales';
import { loadPageBytes, readChunkOwners, type PageBytes } from '../../scripts/bench/bytes';
import { launchChromium } from '../../scripts/support/chromium';

/**
 * Issue 21, item 6: lite mode (lib/routing/lite.ts). A browser that sends
 * `Save-Data: on`, or a reader who follows the lite link (`/lite/<locale>/…`),
 * gets the page with system fonts and no images, within 20 kB, and every
 * link keeps the mode. Caches: an ordinary URL varies on Save-Data, and the
 * server in front of Next never hands a full page to a lite request nor the
 * reverse. Pages are found at run time, never named here.
 */
const baseURL = inject('baseURL');
const LITE_BUDGET = 20_000;
const SAVE_DATA = { 'save-data': 'on' };
/** Icons a browser asks for whatever the page says: not the page's images. */
const ICON = /\/(favicon\.ico|icon\.png|apple-icon\.png)(\?|$)/;

let browser: Browser;
const briefingPath = new Map<Locale, string>();

beforeAll(async () => {
  browser = await launchChromium();
  for (const locale of locales) {
    const html = await (await fetch(`${baseURL}/${locale}`)).text();
    const m = html.match(new RegExp(`href="(/${locale}/briefings/[^"?#]+)"`));
    expect(m, `a briefing on /${locale}`).toBeTruthy();
    briefingPath.set(locale, m![1]!);
  }
});
afterAll(async () => {
  await browser?.close();
});

/** What a lite page must be: no web font, no image, within budget. */
function expectLite(page: PageBytes) {
  const list = page.resources.map((r) => `${r.kind} ${r.bytes} ${r.url.replace(baseURL, '')}`).join(', ');
  expect(page.byKind.html, list).toBeGreaterThan(0);
  expect(page.byKind.font, `fonts of a lite page: ${list}`).toBe(0);
  expect(
    page.resources.filter((r) => r.kind === 'image' && !ICON.test(r.url)).map((r) => r.url),
    list,
  ).toEqual([]);
  expect(page.total, list).toBeLessThanOrEqual(LITE_BUDGET);
  console.log(`lite ${page.url.replace(baseURL, '')}: ${page.total} B (${list})`);
}

/** Every link of a page to another page of the site, with the lite mode link and feeds left out. */
function siteLinks(html: string): string[] {
  return [...html.matchAll(/<a [^>]*href="(\/[^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&')).filter((h) => !/\.(xml|json)$/.test(h));
}

describe.each(locales)('lite mode, /%s', (locale) => {
  it('Save-Data: on at the ordinary URL: system fonts, no images, ≤ 20 kB', async () => {
    const owners = readChunkOwners(inject('siteDir'));
    for (const path of [`/${locale}`, briefingPath.get(locale)!]) expectLite(await loadPageBytes(browser, `${baseURL}${path}`, owners, SAVE_DATA));
  });

  it('the lite link: the same, at /lite/…, with no header', async () => {
    const owners = readChunkOwners(inject('siteDir'));
    expectLite(await loadPageBytes(browser, `${baseURL}/lite${briefingPath.get(locale)!}`, owners));
  });

  it('every link of a lite page keeps the mode, but the one back to the full page', async () => {
    const html = await (await fetch(`${baseURL}/lite${briefingPath.get(locale)!}`)).text();
    expect(html).toContain('data-mode="lite"');
    const links = siteLinks(html);
    expect(links.length).toBeGreaterThan(5);
    const full = links.filter((h) => !h.startsWith('/lite/'));
    expect(full).toEqual([briefingPath.get(locale)]);
    expect(html).toMatch(new RegExp(`action="/lite/${locale}/search"`));
  });

  it('a full page links to its lite version, and loads its fonts', async () => {
    const html = await (await fetch(`${baseURL}${briefingPath.get(locale)!}`)).text();
    expect(html).not.toContain('data-mode="lite"');
    expect(siteLinks(html).filter((h) => h.startsWith('/lite/'))).toEqual([`/lite${briefingPath.get(locale)!}`]);
  });
});

describe('caches', () => {
  const isLite = (html: string) => html.includes('data-mode="lite"');

  it('an ordinary page says it varies on Save-Data, full or lite', async () => {
    for (const locale of locales) {
      for (const headers of [{}, SAVE_DATA]) {
        const res = await fetch(`${baseURL}${briefingPath.get(locale)!}`, { headers });
        expect(res.status).toBe(200);
        expect(res.headers.get('vary') ?? '', JSON.stringify(headers)).toMatch(/\bsave-data\b/i);
        expect(res.headers.get('cache-control')).toMatch(/public/);
      }
    }
  });

  it('the server in front never serves a full page to a lite request nor the reverse, in either order', async () => {
    const [first, second] = locales;
    const get = async (path: string, headers: Record<string, string> = {}) => isLite(await (await fetch(`${baseURL}${path}`, { headers })).text());
    // Full first (stored), then lite, then full again.
    const a = `/${first}/topics`;
    expect([await get(a), await get(a), await get(a, SAVE_DATA), await get(a)]).toEqual([false, false, true, false]);
    // Lite first, then full, then lite again.
    const b = `/${second ?? first}/topics`;
    expect([await get(b, SAVE_DATA), await get(b), await get(b), await get(b, SAVE_DATA)]).toEqual([true, false, false, true]);
  });

  it('a lite URL is a page of its own; unknown ones are 404s', async () => {
    const locale = locales[0]!;
    const lite = await fetch(`${baseURL}/lite${briefingPath.get(locale)!}`);
    expect(lite.status).toBe(200);
    expect(lite.headers.get('cache-control')).toMatch(/public/);
    for (const path of [`/lite/${locale}/briefings/no-such-briefing`, `/lite/${locale}/authors/no-such-author`, `/lite/xx/briefings/x`, `/lite/${locale}/feed.xml`]) {
      const res = await fetch(`${baseURL}${path}`);
      expect(res.status, path).toBe(404);
    }
  });
});
