import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { locales } from '../../i18n/locales';
import { launchChromium } from '../../scripts/support/chromium';
import { startNext } from '../support/start-next';
import { prerenderedPages } from '../support/site-checks';

/**
 * Issue 20: every deployment path gets the same site. Bare `next start`
 * (without our server: what Vercel and any plain Next host run) on the
 * e2e build must serve pages with no JavaScript, prerendered or rendered on
 * demand, from their FIRST response, and every HTML answer, error shells
 * included, must show its text in Chromium with JavaScript off.
 */
let server: Awaited<ReturnType<typeof startNext>>;
let browser: Browser;
/** A briefing of each language the e2e build did not prerender (MAWJAZ_PRERENDER_NEWEST=1), picked from the sitemap. */
const longTail = new Map<string, string>();
/** The e2e build: a copy of the project on the fixture site (tests/e2e/global-setup.ts). */
const SITE = inject('siteDir');

function* nodes(node: T.Node): Generator<T.Node> {
  yield node;
  if ('content' in node && node.content) yield* nodes(node.content);
  if ('childNodes' in node) for (const child of node.childNodes) yield* nodes(child);
}
const elements = (html: string) => [...nodes(parse(html))].filter((n): n is T.Element => 'tagName' in n);
const attr = (el: T.Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
/** What a page would run or preload: every script that is not JSON-LD, every script preload. */
const runtime = (html: string) =>
  elements(html)
    .filter((el) => (el.tagName === 'script' && attr(el, 'type') !== 'application/ld+json') || (el.tagName === 'link' && (attr(el, 'as') === 'script' || attr(el, 'rel') === 'modulepreload')))
    .map((el) => `<${el.tagName} ${el.attrs.map((a) => `${a.name}="${a.value.slice(0, 40)}"`).join(' ')}>`);
const h1 = (html: string) => {
  const el = elements(html).find((e) => e.tagName === 'h1');
  return el
    ? [...nodes(el)]
        .map((n) => ('value' in n && n.nodeName === '#text' ? n.value : ''))
        .join('')
        .trim()
    : null;
};

beforeAll(async () => {
  // The long tail's entries in Next's cache of on-demand renders go, so that
  // the first request below really renders (the shared server's crawl may
  // have rendered them already).
  const cache = join(SITE, '.next/server/route-cache');
  for (const entry of existsSync(cache) ? readdirSync(cache, { recursive: true, encoding: 'utf8' }) : []) {
    if (entry.includes('/briefings/')) rmSync(join(cache, entry), { recursive: true, force: true });
  }
  // Bare `next start`: Next alone, without our server (lib/serve/).
  server = await startNext(SITE, { NODE_OPTIONS: '' }, { bare: true });
  const { pages } = prerenderedPages(SITE);
  const sitemap = await (await fetch(`${server.baseURL}/sitemap.xml`)).text();
  const listed = [...sitemap.matchAll(/<loc>https?:\/\/[^/<]+(\/[a-z]{2}\/briefings\/[^<]+)<\/loc>/g)].map((m) => m[1]!);
  for (const locale of locales) {
    const path = listed.find((p) => p.startsWith(`/${locale}/briefings/`) && !pages.includes(p));
    if (path) longTail.set(locale, path);
  }
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.each(locales)('bare next start, %s', (locale) => {
  it('renders a long-tail briefing on its first request: 200, its text, no script but JSON-LD', async () => {
    const path = longTail.get(locale);
    expect(path, 'a briefing the e2e build did not prerender').toBeTruthy();
    const first = await fetch(`${server.baseURL}${path}`);
    expect(first.status).toBe(200);
    // The render that makes Next store the page (lib/http/cache-handler.mjs strips it in `set`).
    expect(first.headers.get('x-nextjs-cache')).toBe('MISS');
    const html = await first.text();
    expect(runtime(html)).toEqual([]);
    expect(h1(html)?.length).toBeGreaterThan(10);
    expect(
      elements(html)
        .filter((el) => el.tagName === 'script')
        .map((el) => attr(el, 'type')),
    ).toContain('application/ld+json');
    const second = await fetch(`${server.baseURL}${path}`);
    expect(second.headers.get('x-nextjs-cache')).toBe('HIT');
    expect(await second.text()).toBe(html);
  });

  it('serves the prerendered pages without the runtime, under a CSP that runs no script', async () => {
    const { pages } = prerenderedPages(SITE);
    const mine = pages.filter((p) => p === `/${locale}` || p.startsWith(`/${locale}/`));
    expect(mine.length).toBeGreaterThan(3);
    for (const path of mine) {
      const res = await fetch(`${server.baseURL}${path}`);
      expect(res.status, path).toBe(200);
      // From the build's files: an emptied .rsc still counts as cached (lib/html/strip-build.ts).
      expect(res.headers.get('x-nextjs-cache'), path).toBe('HIT');
      expect(res.headers.get('content-security-policy'), path).toMatch(/(^|; )script-src 'none'(;|$)/);
      expect(runtime(await res.text()), path).toEqual([]);
    }
  });
});

describe('the long tail is in the briefing route’s trace (Vercel and every traced deployment render it)', () => {
  it('lists every briefing source the route may compile at request time', () => {
    const trace = JSON.parse(readFileSync(join(SITE, '.next/server/app/[locale]/briefings/[slug]/page.js.nft.json'), 'utf8')) as { files: string[] };
    const traced = new Set(trace.files.map((f) => join('.next/server/app/[locale]/briefings/[slug]', f)));
    const sources = readdirSync(join(SITE, 'content/briefings'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => join('content/briefings', f));
    expect(sources.length).toBeGreaterThan(2);
    expect(sources.filter((s) => !traced.has(s))).toEqual([]);
    // And what the route reads with them: the index and the generated documents.
    expect([...traced].some((f) => f.startsWith('.contentlayer/mawjaz/briefings.json'))).toBe(true);
  });
});

/**
 * Every kind of HTML answer: pages, the localized 404, and unknown URLs
 * outside the locales. The third column: whether Next alone sends it
 * without the runtime. The search page renders per request, never through
 * the cache handler, so under bare `next start` it still carries Next's
 * runtime (as it does under `npm start`, which streams it from Next;
 * DEPLOY.md, "What each path serves"): the CSP stops it, and its text must
 * show all the same.
 */
const HTML_ANSWERS: [string, number, boolean][] = [
  ['/ar', 200, true],
  ['/en/topics', 200, true],
  ['/en/search?q=chips', 200, false],
  ['/ar/briefings/no-such-briefing', 404, true],
  ['/en/no/such/page', 404, true],
  ['/.env', 404, true],
  ['/wp-login.php', 404, true],
  ['/feed.xml', 404, true],
  ['/api/x.json', 404, true],
  ['/.well-known/security.txt', 404, true],
];

describe('every HTML answer shows its text in Chromium with JavaScript off', () => {
  it.each(HTML_ANSWERS)('%s (%i)', async (path, status, stripped) => {
    const res = await fetch(`${server.baseURL}${path}`);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toMatch(/(^|; )script-src 'none'(;|$)/);
    const html = await res.text();
    expect(runtime(html).length === 0).toBe(stripped);
    const heading = h1(html);
    expect(heading, 'the page has a heading in its HTML').toBeTruthy();
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const shown = await page.goto(`${server.baseURL}${path}`);
      expect(shown?.status()).toBe(status);
      const text = await page.locator('body').innerText();
      expect(text).toContain(heading);
      expect(text.trim().length).toBeGreaterThan(60);
    } finally {
      await context.close();
    }
  });

  it('and public files and static routes outside the locales are still served', async () => {
    for (const path of ['/robots.txt', '/sitemap.xml', '/favicon.ico', '/manifest.webmanifest', '/apple-touch-icon.png', '/logo.png']) {
      expect((await fetch(`${server.baseURL}${path}`)).status, path).toBe(200);
    }
  });
});
