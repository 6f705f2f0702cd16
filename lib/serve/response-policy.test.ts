import { describe, expect, it } from 'vitest';
import { cachePolicy } from '../http/cache-policy.mjs';
import { securityHeaders } from '../http/security-headers.mjs';
import { finalHeaders, withVary } from './response-policy.mjs';

const html = { 'content-type': 'text/html; charset=utf-8' };

describe('finalHeaders', () => {
  it('adds the security headers a response lacks (a 308 from redirects() had none)', () => {
    const out = finalHeaders(308, '/ar/archive/1', { location: '/ar' });
    for (const { key, value } of securityHeaders({ https: false })) expect(out[key]).toBe(value);
    expect(out['cache-control']).toBe(cachePolicy.redirect.cacheControl);
  });

  it('keeps no 404 in a shared cache for long: content 404s not at all', () => {
    expect(finalHeaders(404, '/ar/briefings/nope', { ...html, 'cache-control': cachePolicy.page.cacheControl })['cache-control']).toBe('no-store');
    expect(finalHeaders(404, '/en/archive/99', html)['cache-control']).toBe('no-store');
    expect(finalHeaders(404, '/en/topics/nope/2', html)['cache-control']).toBe('no-store');
    // A share image with a wrong hash had Next's year.
    expect(finalHeaders(404, '/ar/briefings/x/share-image/0.png', { 'cache-control': 's-maxage=31536000' })['cache-control']).toBe(cachePolicy.notFound.cacheControl);
    expect(finalHeaders(404, '/en/topics/x/feed.xml', { 'cache-control': cachePolicy.feed.cacheControl })['cache-control']).toBe(cachePolicy.notFound.cacheControl);
  });

  it('sends no cache state or internal address', () => {
    const out = finalHeaders(200, '/ar/search', { ...html, 'x-nextjs-cache': 'HIT', age: '3', 'x-middleware-rewrite': 'http://localhost:4000/ar/missing', 'x-nextjs-prerender': '1' });
    expect(Object.keys(out)).not.toEqual(expect.arrayContaining(['x-nextjs-cache']));
    for (const name of ['x-nextjs-cache', 'age', 'x-middleware-rewrite', 'x-nextjs-prerender']) expect(out[name], name).toBeUndefined();
  });

  it('makes HTML vary on Save-Data, keeping what it varied on', () => {
    expect(finalHeaders(200, '/ar', { ...html, vary: 'rsc, Accept-Encoding' }).vary).toBe('rsc, Accept-Encoding, Save-Data');
    expect(finalHeaders(200, '/ar/feed.xml', { 'content-type': 'application/rss+xml', vary: 'Accept-Encoding' }).vary).toBe('Accept-Encoding');
  });
});

describe('withVary', () => {
  it('adds each name once, whatever its case', () => {
    expect(withVary('', ['Save-Data'])).toBe('Save-Data');
    expect(withVary('accept-encoding, save-data', ['Accept-Encoding', 'Save-Data'])).toBe('accept-encoding, save-data');
  });
});
