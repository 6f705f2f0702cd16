import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { locales } from '../../i18n/locales';
import { readHead } from '../support/html-head';
import { startNext } from '../support/server';
import { prerenderedPages } from '../support/site-checks';
import { DRAFT_TWIN_SLUG, EN_ONLY_SLUG, LEAD, SCHEDULED_SLUG, TAIL } from '../support/fixture-site';

// A server of its own, with Next's cache of on-demand renders emptied, so
// that "the first request" really is the first (the crawl of other tests
// renders the long tail on the shared server).
const SITE = inject('siteDir');
let server: Awaited<ReturnType<typeof startNext>>;
let baseURL: string;
beforeAll(async () => {
  // Only the long tail's own entries: the shared server keeps using the rest.
  const cache = join(SITE, '.next/server/route-cache');
  for (const entry of existsSync(cache) ? readdirSync(cache, { recursive: true, encoding: 'utf8' }) : []) {
    if (entry.includes(`/briefings/${LONG_TAIL}`)) rmSync(join(cache, entry), { recursive: true, force: true });
  }
  // The front's own cache off, so that these requests reach Next and its
  // x-nextjs-cache says what Next's cache did (lib/http/front.mjs).
  server = await startNext(SITE, { MAWJAZ_RESPONSE_CACHE_MB: '0' });
  baseURL = server.baseURL;
});
afterAll(() => server?.stop());
/** Prerendered by the test build (the newest briefing of each language). */
const PRERENDERED = LEAD.slug;
/** Beyond the newest: rendered on its first request. */
const LONG_TAIL = TAIL.slug;

const get = async (path: string) => {
  const res = await fetch(`${baseURL}${path}`, { redirect: 'manual' });
  return { status: res.status, cache: res.headers.get('x-nextjs-cache'), html: await res.text() };
};

/** What makes a page a briefing page: its head tags, structured data and parts. */
const structure = (html: string) => {
  const head = readHead(html);
  return {
    lang: head.lang,
    dir: head.dir,
    hasCanonical: Boolean(head.canonical),
    hreflang: Object.keys(head.hreflang).sort(),
    jsonLd: head.jsonLd.map((d) => String(d['@type'])).sort(),
    meta: Object.keys(head.meta).sort(),
    parts: ['briefing-title', 'dek', 'sources', 'share', 'breadcrumbs'].filter((c) => html.includes(`class="${c}`)),
  };
};

describe.each(locales)('the long tail in %s', (locale) => {
  const path = `/${locale}/briefings/${LONG_TAIL}`;

  it('is not prerendered, but its newer twin is', () => {
    const { pages } = prerenderedPages(SITE);
    expect(pages).toContain(`/${locale}/briefings/${PRERENDERED}`);
    expect(pages).not.toContain(path);
  });

  it('answers 200 on its first request, then from the cache with the same HTML', async () => {
    const first = await get(path);
    expect(first.status).toBe(200);
    expect(first.cache).toBe('MISS');
    const second = await get(path);
    expect(second.status).toBe(200);
    expect(second.cache).toBe('HIT');
    expect(second.html).toBe(first.html);
  });

  it('is the same page as a prerendered briefing: head, structured data and parts', async () => {
    const longTail = await get(path);
    const prerendered = await get(`/${locale}/briefings/${PRERENDERED}`);
    expect(prerendered.cache).toBe('HIT');
    expect(structure(longTail.html)).toEqual(structure(prerendered.html));
    expect(structure(longTail.html).parts.length).toBeGreaterThan(3);
  });

  it('has a share image drawn on its first request and cached, immutable', async () => {
    const og = readHead((await get(path)).html).meta['og:image']![0]!;
    const image = new URL(og).pathname;
    expect(existsSync(join(SITE, `.next/server/app${image}.body`))).toBe(false);
    const res = await fetch(`${baseURL}${image}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${baseURL}${image}`)).headers.get('x-nextjs-cache')).toBe('HIT');
  });
});

describe('unknown briefings, now that the route takes any slug', () => {
  it.each([
    '/ar/briefings/no-such-briefing',
    '/en/briefings/no-such-briefing',
    `/en/briefings/${TAIL.upperSlug}`,
    `/ar/briefings/${SCHEDULED_SLUG}`,
    `/en/briefings/${DRAFT_TWIN_SLUG}`,
    `/ar/briefings/${EN_ONLY_SLUG}`,
    '/ar/briefings/%D8%A7%D9%84%D8%B5%D9%8A%D9%86',
    '/en/briefings/%F0%9F%98%80',
    `/en/briefings/${LONG_TAIL}/share-image/000000000000.png`,
    '/en/briefings/no-such-briefing/share-image/000000000000.png',
  ])('%s is the localized 404 document, every time, never cached', async (path) => {
    for (let i = 0; i < 2; i++) {
      const res = await get(path);
      expect(res.status).toBe(404);
      expect(res.cache).not.toBe('HIT');
      if (!path.endsWith('.png')) {
        expect(res.html).toContain(`lang="${path.split('/')[1]}"`);
        expect(res.html).toContain('class="page-title"');
        expect(res.html).not.toContain('__next_error__');
      }
    }
  });
});
