import { describe, expect, it } from 'vitest';
import { cachePolicy, LIVE_SECONDS, liveKindAt } from './cache-policy.mjs';
import { finalHeaders, liveCacheControl } from '../serve/response-policy.mjs';
import { headerRules } from './header-rules.mjs';

const table = [
  { path: '/ar/briefings/storm', end: 2_000 },
  { path: '/en/briefings/storm', end: null },
];

/** Every number of seconds a Cache-Control lets some tier keep a response. */
const lifetimes = (cc: string) => [...cc.matchAll(/(?:max-age|s-maxage|stale-while-revalidate|stale-if-error)=(\d+)/g)].map((m) => Number(m[1]));

describe('the live policy', () => {
  it(`lets no tier keep a live briefing more than ${LIVE_SECONDS} s`, () => {
    expect(LIVE_SECONDS).toBeLessThanOrEqual(30);
    expect(cachePolicy.live.cacheControl).toMatch(/\bmax-age=30\b/);
    expect(cachePolicy.live.cacheControl).toMatch(/\bs-maxage=30\b/);
    expect(Math.max(...lifetimes(cachePolicy.live.cacheControl))).toBeLessThanOrEqual(30);
  });

  it('applies to the page, its later pages of updates and its feed, until the end, then the usual policy', () => {
    for (const path of ['/ar/briefings/storm', '/ar/briefings/storm/', '/ar/briefings/storm/updates/3', '/ar/briefings/storm?x=1']) {
      expect(liveKindAt(path, table, 1_999), path).toBe('live');
      expect(liveKindAt(path, table, 2_000), path).toBe('page');
    }
    expect(liveKindAt('/ar/briefings/storm/atom.xml', table, 1_999)).toBe('live');
    expect(liveKindAt('/ar/briefings/storm/atom.xml', table, 2_000)).toBe('feed');
    expect(liveKindAt('/en/briefings/storm', table, Number.MAX_SAFE_INTEGER)).toBe('live');
  });

  it('leaves every other path alone', () => {
    for (const path of ['/ar/briefings/stormy', '/ar/briefings/storm/share-image/x.png', '/ar/briefings/storm/updates/02', '/ar', '/ar/briefings/other']) {
      expect(liveKindAt(path, table, 0), path).toBeNull();
    }
  });

  it("is in the build's header rules for the live briefings only, after the page rules", () => {
    const rules = headerRules({ https: true, live: table });
    const live = rules.filter((r) => r.headers.some((h) => h.key === 'cache-control' && h.value === cachePolicy.live.cacheControl));
    expect(live.map((r) => r.source)).toEqual([
      '/ar/briefings/storm',
      '/ar/briefings/storm/updates/:page(\\d+)',
      '/ar/briefings/storm/atom.xml',
      '/en/briefings/storm',
      '/en/briefings/storm/updates/:page(\\d+)',
      '/en/briefings/storm/atom.xml',
    ]);
    const lastPageRule = rules.findLastIndex((r) => r.headers.some((h) => h.value === cachePolicy.page.cacheControl));
    expect(rules.indexOf(live[0]!)).toBeGreaterThan(lastPageRule);
    expect(headerRules({ https: true }).some((r) => r.headers.some((h) => h.value === cachePolicy.live.cacheControl))).toBe(false);
  });

  it('our server (lib/serve/) switches a live page back to the page policy at the end, and leaves a 404 alone', () => {
    const headers = { 'cache-control': cachePolicy.live.cacheControl, 'content-type': 'text/html' };
    expect(finalHeaders(200, '/ar/briefings/storm', headers, { table, at: 1_000 })['cache-control']).toBe(cachePolicy.live.cacheControl);
    expect(finalHeaders(200, '/ar/briefings/storm', headers, { table, at: 2_000 })['cache-control']).toBe(cachePolicy.page.cacheControl);
    expect(finalHeaders(200, '/ar/briefings/storm/atom.xml', headers, { table, at: 2_000 })['cache-control']).toBe(cachePolicy.feed.cacheControl);
    expect(finalHeaders(404, '/ar/briefings/storm', { 'cache-control': cachePolicy.notFound.cacheControl }, { table, at: 1_000 })['cache-control']).not.toBe(cachePolicy.live.cacheControl);
    // The page's file from disk (lib/serve/files.mjs) asks the same question.
    expect(liveCacheControl('/ar/briefings/storm', { table, at: 1_999 })).toBe(cachePolicy.live.cacheControl);
    expect(liveCacheControl('/ar/briefings/other', { table, at: 1_999 })).toBeNull();
  });
});
