import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { pdfPageCount } from '../support/pdf';
import { LEAD, TOPIC } from '../support/fixture-site';
import { openSettled } from '../support/open-page';
import { chromiumForFile } from '../support/chromium-for-file';

/**
 * The reader's side of the site in Chromium: which fonts actually draw the
 * text, the masthead at phone to desktop widths, tap targets, print, icons,
 * and colour contrast in both schemes (`npm run screenshots` takes a picture
 * of every template: tests/screenshots/templates.test.ts).
 */
const baseURL = inject('baseURL');
const SLUG = LEAD.slug;
const LOCALES = ['ar', 'en'] as const;

const browser = chromiumForFile();

async function open(path: string, opts: { width?: number; height?: number; scheme?: 'light' | 'dark' } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const width = opts.width ?? 390;
  const context = await browser().newContext({
    viewport: { width, height: opts.height ?? (width < 700 ? 844 : 900) },
    colorScheme: opts.scheme ?? 'light',
  });
  const page = await context.newPage();
  const res = await openSettled(page, `${baseURL}${path}`);
  expect(res?.status(), path).toBeLessThan(500);
  return { context, page };
}

/** The platform fonts Chromium drew a node's text with, and how many glyphs each. */
async function platformFonts(page: Page, selector: string): Promise<{ familyName: string; isCustomFont: boolean; glyphCount: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  expect(nodeId, selector).toBeGreaterThan(0);
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}

describe('type: every run is drawn by the self-hosted face of its script', () => {
  it.each([
    // The Latin run "X900" inside the Arabic headline: Inter, not Arial/Liberation Sans.
    ['ar', `/ar/briefings/${SLUG}`, 'h1', ['Noto Naskh Arabic', 'Inter']],
    // The Arabic label of the switcher on an English page: Naskh, not DejaVu Sans.
    ['en', `/en/briefings/${SLUG}`, '.switcher a[hreflang="ar"]', ['Noto Naskh Arabic']],
    ['en', `/en/briefings/${SLUG}`, 'h1', ['Inter']],
    ['ar', `/ar/briefings/${SLUG}`, '.switcher a[hreflang="en"]', ['Inter']],
  ])('%s: %s %s is set in %j only', async (_, path, selector, expected) => {
    const { context, page } = await open(path);
    const fonts = await platformFonts(page, selector);
    await context.close();
    expect(fonts.filter((f) => !f.isCustomFont || !expected.includes(f.familyName))).toEqual([]);
    expect(fonts.map((f) => f.familyName).sort()).toEqual([...expected].sort());
  });

  it.each(LOCALES)('a %s briefing page loads at most 60 kB of fonts', async (locale) => {
    const { context, page } = await open(`/${locale}/briefings/${SLUG}`);
    const fonts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => /\.woff2$/.test(e.name))
        .map((e) => ({ name: e.name, bytes: (e as PerformanceResourceTiming).encodedBodySize })),
    );
    await context.close();
    const total = fonts.reduce((s, f) => s + f.bytes, 0);
    console.log(`fonts on /${locale}/briefings/${SLUG}: ${fonts.length} files, ${(total / 1000).toFixed(1)} kB`);
    expect(fonts.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(60_000);
  });
});

describe('the masthead', () => {
  const widths = [320, 390, 768, 1280];
  it.concurrent.each(LOCALES.flatMap((l) => widths.map((w) => [l, w] as const)))('%s at %i px: logo, topics, switcher and a search box fit, none wraps or overflows', async (locale, width) => {
    const { context, page } = await open(`/${locale}/briefings/${SLUG}`, { width });
    const m = await page.evaluate(() => {
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height };
      };
      const items = ['.wordmark', '.primary-nav a', '.switcher a', '.masthead-search input', '.masthead-search button'].map((s) => ({ s, ...box(document.querySelector(s)!) }));
      return {
        header: box(document.querySelector('.masthead')!),
        items,
        lineHeights: ['.wordmark-ar', '.primary-nav a', '.switcher a'].map((s) => {
          const el = document.querySelector(s)!;
          return { s, height: el.getBoundingClientRect().height, line: parseFloat(getComputedStyle(el).lineHeight) || 0 };
        }),
        scrollWidth: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
      };
    });
    await context.close();
    expect(m.scrollWidth, 'no sideways scrolling').toBeLessThanOrEqual(m.viewport);
    for (const item of m.items) {
      expect(item.left, item.s).toBeGreaterThanOrEqual(0);
      expect(item.right, item.s).toBeLessThanOrEqual(m.viewport);
    }
    for (let i = 0; i < m.items.length; i++) {
      for (let j = i + 1; j < m.items.length; j++) {
        const a = m.items[i]!;
        const b = m.items[j]!;
        const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        expect(overlap, `${a.s} overlaps ${b.s}`).toBe(false);
      }
    }
    // One line each: a wrapped label would be about two line heights tall.
    for (const l of m.lineHeights) expect(l.height, l.s).toBeLessThan(Math.max(l.line * 1.5, 48));
    // Two rows of 44 px targets on a phone with room around them (8 px above, between and below: 115 px with the
    // rule, a few more for the Arabic wordmark's taller line), one row from 768 px.
    expect(m.header.height).toBeLessThanOrEqual(width < 768 ? 124 : 80);
    console.log(`masthead ${locale} ${width}px: ${m.header.height.toFixed(0)} px tall`);
  });

  it.each(LOCALES)('%s: on a phone the briefing’s headline starts in the first third of the screen', async (locale) => {
    const { context, page } = await open(`/${locale}/briefings/${SLUG}`, { width: 390, height: 844 });
    const top = await page.locator('h1').evaluate((h) => h.getBoundingClientRect().top);
    await context.close();
    expect(top).toBeLessThan(844 / 3);
  });
});

describe('tap targets on a phone', () => {
  it.each(LOCALES)('%s briefing: masthead, switcher and share links are 44 × 44 px; breadcrumbs, feeds, topics at least 24 px tall', async (locale) => {
    const { context, page } = await open(`/${locale}/briefings/${SLUG}`);
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll('.masthead a:not(.skip-link), .share a, .breadcrumbs a, .feed-links a, .footer-links a, .topic-tags a')].map((a) => {
        const r = a.getBoundingClientRect();
        const big = !!a.closest('.masthead, .share, .footer-links');
        return { text: a.textContent?.trim() || a.getAttribute('data-share'), width: r.width, height: r.height, big };
      }),
    );
    await context.close();
    expect(sizes.filter((s) => s.big).length).toBeGreaterThanOrEqual(8);
    const small = sizes.filter((s) => (s.big ? s.width < 44 || s.height < 44 : s.height < 24));
    expect(small).toEqual([]);
  });

  it('shows a heading’s "#" link only on hover or keyboard focus', async () => {
    const { context, page } = await open(`/en/briefings/${SLUG}`, { width: 1280 });
    const anchor = page.locator('.prose h2 .anchor').first();
    const opacity = () => anchor.evaluate((a) => getComputedStyle(a).opacity);
    expect(await opacity()).toBe('0');
    await anchor.focus();
    expect(await opacity()).toBe('1');
    await context.close();
  });
});

describe('print', () => {
  it.each(LOCALES)('%s: the lead briefing prints on at most two A4 pages, with the site name, its address and no navigation', async (locale) => {
    const { context, page } = await open(`/${locale}/briefings/${SLUG}`, { width: 1280 });
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      Object.fromEntries(
        ['.masthead', '.wordmark', '.primary-nav', '.masthead-search', '.switcher', '.breadcrumbs', '.share', '.related', '.neighbours', '.site-footer', '.sources', '.print-url', 'h1'].map((s) => {
          const el = document.querySelector(s);
          return [s, el ? getComputedStyle(el).display !== 'none' : null];
        }),
      ),
    );
    const url = await page.locator('.print-url').innerText();
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await context.close();
    // The masthead prints as the site's name alone (issue 21).
    expect(shown).toMatchObject({
      '.masthead': true,
      '.wordmark': true,
      '.primary-nav': false,
      '.masthead-search': false,
      '.switcher': false,
      '.breadcrumbs': false,
      '.share': false,
      '.site-footer': false,
      '.sources': true,
      '.print-url': true,
      h1: true,
    });
    if (shown['.related'] !== null) expect(shown['.related']).toBe(false);
    if (shown['.neighbours'] !== null) expect(shown['.neighbours']).toBe(false);
    expect(url).toMatch(new RegExp(`^https?://[^/]+/${locale}/briefings/${SLUG}$`));
    const pages = pdfPageCount(pdf);
    console.log(`print ${locale}: ${pages} A4 pages`);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });
});

describe('icons and the web manifest', () => {
  it.each([
    ['/favicon.ico', /^image\/(x-icon|vnd\.microsoft\.icon)/],
    ['/apple-touch-icon.png', /^image\/png/],
    ['/apple-icon.png', /^image\/png/],
    ['/icon.png', /^image\/png/],
    ['/manifest.webmanifest', /^application\/manifest\+json/],
  ])('%s answers 200', async (path, type) => {
    const res = await fetch(`${baseURL}${path}`, { redirect: 'manual' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(type);
  });

  it('pages link the icons and the manifest; the manifest names the site in both languages', async () => {
    const html = await (await fetch(`${baseURL}/en/briefings/${SLUG}`)).text();
    expect(html).toMatch(/<link rel="manifest" href="\/manifest\.webmanifest"/);
    expect(html).toMatch(/<link rel="apple-touch-icon" href="\/apple-icon\.png/);
    expect(html).toMatch(/<link rel="icon" href="\/favicon\.ico/);
    const manifest = await (await fetch(`${baseURL}/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({ name: 'موجز · Mawjaz', short_name: 'موجز', lang: 'ar', dir: 'rtl', start_url: '/' });
  });
});

const templates = [
  ['home', (l: string) => `/${l}`],
  ['briefing', (l: string) => `/${l}/briefings/${SLUG}`],
  ['topics', (l: string) => `/${l}/topics`],
  ['topic', (l: string) => `/${l}/topics/${TOPIC}`],
  ['404', (l: string) => `/${l}/briefings/no-such-briefing`],
] as const;

// A few pages at a time, each in its own browser context (tests/e2e/browser-audit.test.ts says why).
describe('colour contrast (axe) in both colour schemes', () => {
  it.concurrent.each((['light', 'dark'] as const).flatMap((scheme) => LOCALES.flatMap((l) => templates.map(([name, path]) => [scheme, l, name, path(l)] as const))))(
    '%s %s %s',
    async (scheme, _locale, _name, path) => {
      const { context, page } = await open(path, { width: 1280, scheme });
      const result = await new AxeBuilder({ page }).withRules(['color-contrast', 'target-size']).analyze();
      await context.close();
      expect(result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} ${n.failureSummary}`))).toEqual([]);
    },
  );
});
