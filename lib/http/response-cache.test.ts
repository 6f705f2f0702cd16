import { describe, expect, it } from 'vitest';
import { cachePolicy } from './cache-policy.mjs';
import { ResponseCache, capFreshness, isSaveData, isSharedRequest, stateAt, storableFor, type Entry } from './response-cache.mjs';

describe('isSharedRequest', () => {
  it('is a GET or HEAD any reader could have made', () => {
    expect(isSharedRequest('GET', '/ar/briefings/x', { 'accept-encoding': 'br', cookie: 'NEXT_LOCALE=en' })).toBe(true);
    expect(isSharedRequest('HEAD', '/en', {})).toBe(true);
  });

  it.each([
    ['POST', '/ar', {}],
    ['OPTIONS', '/ar', {}],
    ['GET', '/ar', { rsc: '1' }],
    ['GET', '/ar', { 'next-router-prefetch': '1' }],
    ['GET', '/ar', { 'next-router-state-tree': '%5B%5D' }],
    ['GET', '/ar', { 'next-action': 'abc' }],
    ['GET', '/ar', { range: 'bytes=0-10' }],
    ['GET', '/ar', { authorization: 'Basic eDp5' }],
    ['GET', `/ar/search?q=${'x'.repeat(3000)}`, {}],
    ['GET', 'http://example.org/ar', {}],
    ['GET', undefined, {}],
  ] as const)('not %s %s %j', (method, url, headers) => {
    expect(isSharedRequest(method, url, headers)).toBe(false);
  });
});

describe('storableFor, with the site’s own policies', () => {
  const ok = (cacheControl: string, extra: Record<string, string> = {}) => storableFor(200, { 'cache-control': cacheControl, ...extra });

  it('keeps a page five minutes, and a day more while it is fetched again', () => {
    expect(ok(cachePolicy.page.cacheControl)).toEqual({ fresh: 300, stale: 86_400 });
  });
  it('keeps a search query a minute', () => {
    expect(ok(cachePolicy.search.cacheControl)).toEqual({ fresh: 60, stale: 300 });
  });
  it('keeps a hashed asset a year', () => {
    expect(ok(cachePolicy.immutable.cacheControl)).toEqual({ fresh: 31_536_000, stale: 0 });
  });
  it('keeps what Next sends for a prerendered page without a rule: s-maxage alone', () => {
    expect(ok('s-maxage=31536000')).toEqual({ fresh: 31_536_000, stale: 0 });
  });
  it('with the router’s Vary, which requests served from here never carry', () => {
    expect(ok(cachePolicy.page.cacheControl, { vary: 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch' })).not.toBeNull();
  });

  it.each([
    ['personal (a cookie is set)', 200, { 'cache-control': cachePolicy.personal.cacheControl, 'set-cookie': 'NEXT_LOCALE=en' }],
    ['negotiated (varies on Cookie)', 200, { 'cache-control': cachePolicy.negotiated.cacheControl, vary: cachePolicy.negotiated.vary ?? '' }],
    ['flight', 200, { 'cache-control': cachePolicy.flight.cacheControl }],
    ['a 404', 404, { 'cache-control': cachePolicy.notFound.cacheControl }],
    ['a redirect', 308, { 'cache-control': 'public, max-age=3600' }],
    ['a 500', 500, { 'cache-control': 's-maxage=60' }],
    ['a cookie, even when public', 200, { 'cache-control': 'public, max-age=60', 'set-cookie': 'a=b' }],
    ['max-age without public', 200, { 'cache-control': 'max-age=60' }],
    ['no lifetime', 200, { 'cache-control': 'public' }],
    ['no Cache-Control', 200, {}],
    ['no-store', 200, { 'cache-control': 'public, s-maxage=60, no-store' }],
    ['Vary: Accept-Language', 200, { 'cache-control': 'public, s-maxage=60', vary: 'Accept-Language' }],
    ['Vary: *', 200, { 'cache-control': 'public, s-maxage=60', vary: '*' }],
  ] as const)('not %s', (_, status, headers) => {
    expect(storableFor(status, headers)).toBeNull();
  });
});

describe('stateAt', () => {
  const entry = { storedAt: 1_000_000, fresh: 300, stale: 600 };
  it.each([
    [0, 'fresh'],
    [299_999, 'fresh'],
    [300_000, 'stale'],
    [899_999, 'stale'],
    [900_000, 'expired'],
  ] as const)('%i ms after storing: %s', (after, state) => {
    expect(stateAt(entry, entry.storedAt + after)).toBe(state);
  });

  it('is expired from its `until` (a publication instant), however fresh its Cache-Control', () => {
    const until = entry.storedAt + 60_000;
    expect(stateAt({ ...entry, until }, until - 1)).toBe('fresh');
    expect(stateAt({ ...entry, until }, until)).toBe('expired');
  });
});

describe('capFreshness', () => {
  const page = 'public, max-age=60, s-maxage=300, stale-while-revalidate=86400';
  it('leaves the header alone when the next instant is further off than its freshness', () => {
    expect(capFreshness(page, 0, 3600)).toBe(page);
    expect(capFreshness(page, 100, 200)).toBe(page);
  });
  it('lets a cache further out keep a copy no later than the next instant', () => {
    expect(capFreshness(page, 0, 90)).toBe('public, max-age=60, s-maxage=90, stale-while-revalidate=86400');
    expect(capFreshness(page, 10, 30.9)).toBe('public, max-age=40, s-maxage=40, stale-while-revalidate=86400');
    expect(capFreshness(page, 0, -5)).toBe('public, max-age=0, s-maxage=0, stale-while-revalidate=86400');
  });
});

describe('ResponseCache', () => {
  const entry = (size: number): Entry => ({ status: 200, headers: {}, bodies: {}, storedAt: 0, fresh: 1, stale: 0, size, compressible: false, best: false });

  it('lets the least recently used go first once it is full', () => {
    const cache = new ResponseCache(1000);
    cache.set('/a', entry(100));
    cache.set('/b', entry(100));
    cache.set('/c', entry(100));
    cache.get('/a');
    for (let i = 0; i < 7; i++) cache.set(`/x${i}`, entry(100));
    expect(cache.bytes).toBe(1000);
    cache.set('/y', entry(100));
    expect(cache.get('/b')).toBeUndefined();
    expect(cache.get('/a')).toBeDefined();
    expect(cache.bytes).toBe(1000);
  });

  it('replaces an entry without counting it twice, and never holds one too big for it', () => {
    const cache = new ResponseCache(1000);
    cache.set('/a', entry(100));
    cache.set('/a', entry(50));
    expect(cache.bytes).toBe(50);
    cache.set('/big', entry(200));
    expect(cache.get('/big')).toBeUndefined();
    cache.delete('/a');
    expect(cache.bytes).toBe(0);
  });

  it('fits an entry of up to an eighth of its size, and none when it has no size', () => {
    expect(new ResponseCache(800).fits(100)).toBe(true);
    expect(new ResponseCache(800).fits(101)).toBe(false);
    expect(new ResponseCache(0).fits(1)).toBe(false);
  });
});

describe('isSaveData', () => {
  it('is a Save-Data: on request, whatever its case or neighbours, and nothing else', () => {
    expect(isSaveData({ 'save-data': 'on' })).toBe(true);
    expect(isSaveData({ 'save-data': ' On ' })).toBe(true);
    expect(isSaveData({ 'save-data': ['off', 'on'] })).toBe(true);
    expect(isSaveData({ 'save-data': 'off' })).toBe(false);
    expect(isSaveData({})).toBe(false);
  });
});
