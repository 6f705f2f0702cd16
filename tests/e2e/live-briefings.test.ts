import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startCopyServer } from '../support/copy-server';
import { LIVE } from '../support/fixture-site';

/**
 * A live briefing end to end, in both languages, against the fixture site's
 * live briefing (tests/support/fixture-site.ts LIVE: 23 invented updates,
 * three key events, one breaking, its coverage ending in 2098), on the e2e
 * build: as the e2e server serves it on the real clock (live), then as a
 * copy of the same standalone server serves it under faketime, a minute
 * after the end (ended, nothing rebuilt).
 */

const SLUG = LIVE.slug;
const locales = ['en', 'ar'] as const;
const liveLabel = { en: 'Live', ar: 'مباشر' };
const endedLabel = { en: 'Live coverage ended', ar: 'انتهت التغطية المباشرة' };
const keyHeading = { en: 'Key updates', ar: 'أبرز التطورات' };

const baseURL = inject('baseURL');
const siteDir = inject('siteDir');
const end = Date.parse(LIVE.end);

type Page = { status: number; headers: Headers; body: string };
const get = async (base: string, path: string): Promise<Page> => {
  const res = await fetch(`${base}${path}`, { redirect: 'manual' });
  return { status: res.status, headers: res.headers, body: await res.text() };
};
const articleIds = (html: string) => [...html.matchAll(/<article id="([^"]+)"[^>]*>\s*<p class="live-update-meta"><time dateTime="([^"]+)"/g)].map((m) => ({ id: m[1]!, time: m[2]! }));
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>).find((d) => d['@type'] === 'LiveBlogPosting');
/** Every number of seconds a Cache-Control lets some tier keep a response. */
const lifetimes = (cc: string | null) => [...(cc ?? '').matchAll(/(?:max-age|s-maxage|stale-while-revalidate|stale-if-error)=(\d+)/g)].map((m) => Number(m[1]));
const expected = Array.from({ length: 23 }, (_, i) => `update-${String(23 - i).padStart(2, '0')}`);

describe('while live (the e2e server, on the real clock)', () => {
  const server = { base: baseURL };

  describe.each(locales)('in %s', (locale) => {
    const page1 = `/${locale}/briefings/${SLUG}`;
    const page2 = `${page1}/updates/2`;

    it('shows the updates newest first, each an <article> with its anchor and a <time>, 20 on the first page and the rest on /updates/2', async () => {
      const first = await get(server.base, page1);
      const second = await get(server.base, page2);
      expect(first.status).toBe(200);
      expect(second.status).toBe(200);
      const one = articleIds(first.body);
      const two = articleIds(second.body);
      expect(one.map((a) => a.id)).toEqual(expected.slice(0, 20));
      expect(two.map((a) => a.id)).toEqual(expected.slice(20));
      const times = [...one, ...two].map((a) => Date.parse(a.time));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      // Plain links between the pages, no script.
      expect(first.body).toContain(`href="${page2}"`);
      expect(second.body).toContain(`href="${page1}"`);
      expect(first.body).not.toMatch(/<script(?![^>]*application\/ld\+json)[^>]*src=/);
      // The text before the updates is on the first page only.
      const intro = locale === 'en' ? 'This is fixture text for the tests' : 'هذا نص تجريبي للاختبارات';
      expect(first.body).toContain(intro);
      expect(second.body).not.toContain(intro);
      expect((await get(server.base, `${page1}/updates/3`)).status).toBe(404);
    });

    it('says Live, when it was last updated, and links each key update to its anchor on its page', async () => {
      const { body } = await get(server.base, page1);
      expect(body).toMatch(new RegExp(`<strong class="live-label">${liveLabel[locale]}</strong>`));
      expect(body).toMatch(/class="live-status"[^>]*>.*<time dateTime="2025-10-20T13:40:00\+03:00"/s);
      const box = /<nav class="key-updates"[^>]*>(.*?)<\/nav>/s.exec(body)?.[1] ?? '';
      expect(box).toContain(keyHeading[locale]);
      expect([...box.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual([`${page1}#update-23`, `${page1}#update-12`, `${page2}#update-03`]);
      expect(body).toMatch(/<article id="update-23"[^>]*>.*?<strong class="live-flag live-flag-breaking">/s);
    });

    it('describes itself as a LiveBlogPosting with its coverage and every update as a liveBlogUpdate', async () => {
      const ld = jsonLd((await get(server.base, page1)).body)!;
      expect(ld).toBeDefined();
      expect(ld.coverageStartTime).toBe(LIVE.start);
      expect(Date.parse(String(ld.coverageEndTime))).toBe(end);
      expect(ld.dateModified).toBe(LIVE.lastUpdate);
      const updates = ld.liveBlogUpdate as { '@type': string; url: string; datePublished: string; headline: string }[];
      expect(updates.map((u) => u['@type'])).toEqual(Array(23).fill('BlogPosting'));
      expect(updates.map((u) => new URL(u.url).pathname + new URL(u.url).hash)).toEqual(expected.map((id, i) => `${i < 20 ? page1 : page2}#${id}`));
      expect(updates[0]!.headline).toMatch(locale === 'en' ? /^Fixture update 23/ : /^تحديث تجريبي 23/);
    });

    it('lists its share images in three shapes in its JSON-LD, each served at its size', async () => {
      const images = (jsonLd((await get(server.base, page1)).body)!.image as string[]).filter((u) => u.includes('/share-image/'));
      expect(images).toHaveLength(3);
      const sizes = [];
      for (const url of images) {
        const res = await fetch(`${server.base}${new URL(url).pathname}`);
        expect(res.status, url).toBe(200);
        const png = Buffer.from(await res.arrayBuffer());
        sizes.push(`${png.readUInt32BE(16)}×${png.readUInt32BE(20)}`);
      }
      expect(sizes).toEqual(['1200×630', '1200×900', '1200×1200']);
    });

    it('has its own Atom feed, one entry per update newest first, naming its hub and itself', async () => {
      const feed = await get(server.base, `${page1}/atom.xml`);
      expect(feed.status).toBe(200);
      expect(feed.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
      const ids = [...feed.body.matchAll(/<entry>\s*<title[^>]*>.*?<\/title>\s*<id>([^<]+)<\/id>/gs)].map((m) => new URL(m[1]!).hash.slice(1));
      expect(ids).toEqual(expected);
      expect(feed.body).toMatch(new RegExp(`<link rel="self" href="[^"]+${page1}/atom.xml"/>`));
      expect(feed.body).toContain('<link rel="hub" href="https://pubsubhubbub.appspot.com/"/>');
      expect(feed.headers.get('link')).toMatch(/rel="hub".*rel="self"/);
      // The page advertises it.
      expect((await get(server.base, page1)).body).toMatch(new RegExp(`<link rel="alternate" type="application/atom\\+xml" href="[^"]+${page1}/atom.xml"`));
    });

    it('is cached for 30 s at most at every tier: page, pages of updates and feed', async () => {
      for (const path of [page1, page2, `${page1}/atom.xml`]) {
        const cc = (await get(server.base, path)).headers.get('cache-control');
        expect(cc, path).toMatch(/\bmax-age=\d+/);
        expect(cc, path).toMatch(/\bs-maxage=\d+/);
        expect(Math.max(...lifetimes(cc)), `${path}: ${cc}`).toBeLessThanOrEqual(30);
      }
    });

    it("is marked live in lists, its language's feed and search", async () => {
      // The oldest briefing of the fixture site: on whichever archive page lists it.
      let listed = '';
      for (const path of [`/${locale}`, `/${locale}/archive/2`, `/${locale}/archive/3`]) {
        const html = (await get(server.base, path)).body;
        if (html.includes(`href="${page1}"`)) listed = html;
      }
      expect(listed).toMatch(new RegExp(`href="${page1}"[\\s\\S]*?data-live="live"`));
      const rss = (await get(server.base, `/${locale}/feed.xml`)).body;
      expect(rss).toMatch(new RegExp(`<category domain="[^"]+${page1}">${liveLabel[locale]}</category>`));
      const search = (await get(server.base, `/${locale}/search?q=${encodeURIComponent(locale === 'en' ? 'district' : 'الحي')}`)).body;
      expect(search).toContain(`href="${page1}"`);
      expect(search).toContain('data-live="live"');
    });
  });
});

describe("after its end (faketime: the server's clock a minute past live.end, nothing rebuilt)", () => {
  let server: Awaited<ReturnType<typeof startCopyServer>>;
  beforeAll(async () => {
    // The same build, on its own files: what it renders and keeps after the end must not reach the e2e server's.
    server = await startCopyServer(siteDir, { fakeAt: end + 60_000, ownFiles: true });
  }, 120_000);
  afterAll(() => server?.stop());

  it.each(locales)('in %s: says the coverage ended, and is cached as any briefing', async (locale) => {
    const page1 = `/${locale}/briefings/${SLUG}`;
    const res = await get(server.base, page1);
    expect(Date.parse(res.headers.get('date') ?? '')).toBeGreaterThanOrEqual(end);
    expect(res.body).not.toContain('class="live-label"');
    expect(res.body).toContain(endedLabel[locale]);
    expect(Math.max(...lifetimes(res.headers.get('cache-control')))).toBeGreaterThan(30);
    expect(Math.max(...lifetimes((await get(server.base, `${page1}/updates/2`)).headers.get('cache-control')))).toBeGreaterThan(30);
    expect(Math.max(...lifetimes((await get(server.base, `${page1}/atom.xml`)).headers.get('cache-control')))).toBeGreaterThan(30);
    // Still every update, in order.
    expect(articleIds(res.body).map((a) => a.id)).toEqual(expected.slice(0, 20));
  });
});
