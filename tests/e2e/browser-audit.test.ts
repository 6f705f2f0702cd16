import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { locales } from '../../i18n/locales';
import { CORRECTED, DESK, DIGEST_DAY, IMAGE_SLUG, LEAD, LIVE, PERSON, TOPIC } from '../support/fixture-site';
import { openSettled } from '../support/open-page';
import { chromiumForFile } from '../support/chromium-for-file';

const baseURL = inject('baseURL');

/**
 * Every template, in every language, on the fixture site
 * (tests/support/fixture-site.ts): its archive has a second page (page 1 is
 * the home page, which shares its list template).
 */
const templates = (locale: string): [string, string, number][] => [
  ['home', `/${locale}`, 200],
  ['briefing', `/${locale}/briefings/${LEAD.slug}`, 200],
  ['briefing with a correction', `/${locale}/briefings/${CORRECTED.slug}`, 200],
  ['briefing with lead image', `/${locale}/briefings/${IMAGE_SLUG}`, 200],
  ['archive page 2', `/${locale}/archive/2`, 200],
  ['corrections', `/${locale}/corrections`, 200],
  ['topics index', `/${locale}/topics`, 200],
  ['topic', `/${locale}/topics/${TOPIC}`, 200],
  ['404', `/${locale}/briefings/no-such-briefing`, 404],
  // Added with issue 21's audit of every template: the author (desk and
  // person), a site page, search with results and empty, and lite pages.
  ['desk', `/${locale}/authors/${DESK}`, 200],
  ['author', `/${locale}/authors/${PERSON}`, 200],
  ['site page', `/${locale}/pages/about`, 200],
  ['search results', `/${locale}/search?q=x900`, 200],
  ['search, empty', `/${locale}/search`, 200],
  ['lite home', `/lite/${locale}`, 200],
  ['lite briefing', `/lite/${locale}/briefings/${LEAD.slug}`, 200],
  // The Daily Brief, the newsletter form and live briefings (issues 22 and 24).
  ['digest', `/${locale}/digest`, 200],
  ['digest edition', `/${locale}/digest/${DIGEST_DAY.day}`, 200],
  ['newsletter', `/${locale}/newsletter`, 200],
  ['live briefing', `/${locale}/briefings/${LIVE.slug}`, 200],
  ['live updates page 2', `/${locale}/briefings/${LIVE.slug}/updates/2`, 200],
];
const pages = locales.flatMap((locale) => templates(locale).map(([name, path, status]) => ({ name, locale, path, status })));
const schemes = ['light', 'dark'] as const;

const browser = chromiumForFile();

type Problems = { console: string[]; csp: string[]; failed: string[] };

/**
 * A page with listeners for what must never happen: console errors and
 * warnings (Chromium reports a CSP violation there too), uncaught
 * exceptions, `securitypolicyviolation` events, and failed requests.
 */
async function open(context: BrowserContext, path: string): Promise<{ page: Page; status: number; problems: Problems }> {
  const problems: Problems = { console: [], csp: [], failed: [] };
  const page = await context.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.console.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.console.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => problems.failed.push(`${r.url()}: ${r.failure()?.errorText}`));
  const res = await openSettled(page, `${baseURL}${path}`);
  problems.csp.push(...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)));
  return { page, status: res?.status() ?? 0, problems };
}

// The pages of a block are opened a few at a time (vitest's maxConcurrency,
// 5), each in its own tab of the block's browser context: the suite waits
// on Chromium and the server far more than it computes.
describe.each(schemes)('every template, %s scheme', (scheme) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser().newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await context?.close();
  });

  it.concurrent.each(pages)('$locale $name ($path): no CSP violation, console error or failed request; 0 axe violations', async ({ path, status }) => {
    const { page, status: got, problems } = await open(context, path);
    try {
      expect(got).toBe(status);
      // 404 documents are logged by Chromium as a failed resource load: that
      // one line is the status we asked for, not a problem.
      const consoleProblems = problems.console.filter((m) => !(status === 404 && /status of 404/.test(m)));
      expect({ ...problems, console: consoleProblems }).toEqual({ console: [], csp: [], failed: [] });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      const { violations } = await new AxeBuilder({ page }).analyze();
      const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

type Box = { what: string; width: number; height: number };

/** Sizes of every visible link and control, in CSS pixels. */
async function targetBoxes(page: Page): Promise<{ large: Box[]; other: Box[] }> {
  return page.evaluate(() => {
    const large: Box[] = [];
    const other: Box[] = [];
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ').join('.') : ''} "${(el.textContent ?? '').trim().slice(0, 30)}" in ${el.parentElement?.closest('[class]')?.className}`;
    for (const el of document.querySelectorAll('a[href], button, input, select, textarea, summary')) {
      if (el.classList.contains('skip-link')) continue; // off screen until focused; checked on its own
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      // WCAG 2.5.8's exception: a link inside a sentence is as tall as the line.
      const parentText = (el.parentElement?.textContent ?? '').trim();
      const inSentence = style.display === 'inline' && parentText.length > (el.textContent ?? '').trim().length + 2;
      if (inSentence) continue;
      const box = { what: describe(el), width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10 };
      if (el.closest('.masthead') || el.closest('.switcher') || el.closest('.share ul')) large.push(box);
      else other.push(box);
    }
    return { large, other };
  });
}

describe('tap targets at 390 px (WCAG 2.5.8; 44 px for the masthead, switcher and share links)', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser().newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  });
  afterAll(async () => {
    await context?.close();
  });

  it.concurrent.each(pages)('$locale $name ($path)', async ({ path, name }) => {
    const { page } = await open(context, path);
    try {
      const { large, other } = await targetBoxes(page);
      expect(large.length).toBeGreaterThanOrEqual(3); // wordmark, topics, switcher
      if (name === 'briefing') expect(large.filter((b) => b.what.includes('share')).length).toBeGreaterThan(0);
      expect(large.filter((b) => b.width < 44 || b.height < 44)).toEqual([]);
      expect(other.filter((b) => b.width < 24 || b.height < 24)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('keyboard', () => {
  it.each(locales)('/%s: the first Tab shows the skip link, which moves focus to the main content', async (locale) => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
    const { page } = await open(context, `/${locale}/briefings/${LEAD.slug}`);
    try {
      await page.keyboard.press('Tab');
      const skip = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const r = el.getBoundingClientRect();
        return { cls: el.className, top: r.top, bottom: r.bottom, width: r.width, height: r.height, outline: getComputedStyle(el).outlineStyle };
      });
      expect(skip.cls).toBe('skip-link');
      expect(skip.top).toBeGreaterThanOrEqual(0);
      expect(skip.bottom).toBeLessThanOrEqual(844);
      expect(skip.height).toBeGreaterThanOrEqual(24);
      expect(skip.outline).not.toBe('none');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('content');
      expect(page.url()).toMatch(/#content$/);
    } finally {
      await context.close();
    }
  });

  it('shows where focus is on every link (a visible outline of at least 2 px)', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const { page } = await open(context, `/en/briefings/${LEAD.slug}`);
    try {
      const count = await page.locator('a[href]').count();
      const invisible: string[] = [];
      for (let i = 0; i < count; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const s = getComputedStyle(el);
          return { tag: el.tagName, text: (el.textContent ?? '').trim().slice(0, 30), style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
        });
        if (focus.tag === 'BODY') break;
        if (focus.style === 'none' || focus.width < 2) invisible.push(`${focus.tag} "${focus.text}"`);
      }
      expect(invisible).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('motion', () => {
  it('the style sheet stills animations and transitions for prefers-reduced-motion', async () => {
    const context = await browser().newContext({ reducedMotion: 'reduce' });
    const { page } = await open(context, '/en');
    try {
      const durations = await page.evaluate(() => {
        const probe = document.createElement('div');
        probe.style.transition = 'opacity 2s';
        probe.style.animation = 'none 3s';
        document.body.append(probe);
        const s = getComputedStyle(probe);
        return { transition: s.transitionDuration, animation: s.animationDuration };
      });
      // The inline style above loses to the sheet's !important rule.
      expect(parseFloat(durations.transition)).toBeLessThan(0.01);
      expect(parseFloat(durations.animation)).toBeLessThan(0.01);
    } finally {
      await context.close();
    }
  });
});
