import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { describe, expect, it } from 'vitest';
import { locales } from '@/i18n/locales';
import { SHARE_IMAGE_CACHE_CONTROL } from '@/lib/og/share-card';
import { cachePolicy, LOCALE_PATTERN } from './cache-policy.mjs';
import { headerRules, isHttpsSite } from './header-rules.mjs';
import { contentSecurityPolicy, devContentSecurityPolicy, securityHeaders } from './security-headers.mjs';

/**
 * The headers Next would add for a path and query: every matching rule in
 * order, the last value of a name winning (Next's resolve-routes), with
 * `:param` compiled into values.
 */
function headersFor(path: string, query: Record<string, string> = {}, https = false, requestHeaders: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of headerRules({ https })) {
    const params = getPathMatch(rule.source, { removeUnnamedParams: true })(path);
    if (!params) continue;
    if (rule.has?.some((h) => h.type === 'query' && !(h.key in query))) continue;
    if (rule.has?.some((h) => h.type === 'header' && !(h.key in requestHeaders))) continue;
    for (const { key, value } of rule.headers) out[key] = value.replace(/:([a-z]+)/gi, (m, name) => params[name] ?? m);
  }
  return out;
}

const { page, feed, icon, personal, notFound, flight } = cachePolicy;

describe('the cache policy table', () => {
  it('names its locales exactly as i18n/locales.ts does', () => {
    expect(LOCALE_PATTERN.split('|').sort()).toEqual([...locales].sort());
  });

  it('gives HTML a browser max-age, an edge s-maxage and stale-while-revalidate', () => {
    expect(page.cacheControl).toMatch(/^public, max-age=\d+, s-maxage=\d+, stale-while-revalidate=\d+$/);
  });

  it('never lets a shared cache store a response that sets a cookie or depends on one', () => {
    expect(personal.cacheControl).toMatch(/\bprivate\b.*\bno-store\b/);
    expect(cachePolicy.negotiated.cacheControl).toMatch(/\bprivate\b.*\bno-store\b/);
    expect(cachePolicy.negotiated.vary).toBe('Cookie, Accept-Language');
  });

  it('caches 404s briefly', () => {
    const sMaxAge = Number(/s-maxage=(\d+)/.exec(cachePolicy.notFound.cacheControl)?.[1]);
    expect(sMaxAge).toBeGreaterThan(0);
    expect(sMaxAge).toBeLessThanOrEqual(60);
  });

  it('is what share images send', () => {
    expect(SHARE_IMAGE_CACHE_CONTROL).toBe(cachePolicy.immutable.cacheControl);
  });
});

describe('header rules (next.config.mjs headers())', () => {
  it.each([
    ['/ar', page],
    ['/en', page],
    ['/en/briefings/fixture-china-approves-nvidia-x900', page],
    ['/ar/topics', page],
    ['/ar/topics/semiconductors', page],
    ['/ar/topics/semiconductors/2', page],
    ['/en/archive/2', page],
    ['/ar/feed.xml', feed],
    ['/en/atom.xml', feed],
    ['/en/topics/china/feed.json', feed],
    ['/sitemap.xml', feed],
    ['/robots.txt', feed],
    ['/favicon.ico', icon],
    ['/apple-touch-icon.png', icon],
    ['/wp-login.php', notFound],
    ['/api/x', notFound],
    ['/arabic', notFound], // the proxy redirects it and sets its own
    ['/xx/briefings/x', notFound],
  ])('%s gets the %s policy', (path, policy) => {
    expect(headersFor(path)['cache-control']).toBe(policy.cacheControl);
  });

  it.each([
    '/ar/some/deep/unknown/path', // the 404 route sends its own
    '/ar/not-found-view',
    '/ar/briefings/x/share-image/0123456789ab.png', // immutable, from the route
    '/ar/share-image/0123456789ab.png',
    '/_next/static/chunks/a.js', // Next's own immutable
    '/', // the proxy's redirect
    '/_next/nope',
    '/ar/archive/two',
  ])('sets no Cache-Control on %s, leaving it to the route', (path) => {
    expect(headersFor(path)['cache-control']).toBeUndefined();
  });

  it.each(locales)('the switcher link /%s?hl= sets the cookie and is private', (locale) => {
    for (const path of [`/${locale}`, `/${locale}/briefings/x`, `/${locale}/topics`]) {
      const headers = headersFor(path, { hl: locale });
      expect(headers['set-cookie']).toBe(`NEXT_LOCALE=${locale}; Path=/; Max-Age=31536000; SameSite=Lax`);
      expect(headers['cache-control']).toBe(personal.cacheControl);
    }
  });

  it.each(['/ar', '/en/briefings/x', '/', '/favicon.ico'])('keeps a React Server Components request to %s out of shared caches', (path) => {
    expect(headersFor(path, {}, false, { rsc: '1' })['cache-control']).toBe(flight.cacheControl);
  });

  it('sets no cookie for a locale the site does not have', () => {
    expect(headersFor('/xx/briefings/x', { hl: 'xx' })['set-cookie']).toBeUndefined();
    expect(headersFor('/en', {})['set-cookie']).toBeUndefined();
  });

  it.each(['/', '/ar', '/ar/briefings/x', '/_next/static/chunks/a.js', '/favicon.ico', '/nope'])('puts the security headers on %s', (path) => {
    const headers = headersFor(path);
    for (const { key, value } of securityHeaders({ https: false })) expect(headers[key]).toBe(value);
  });

  it('writes every header name in lower case (Next merges them with the proxy’s in a plain object)', () => {
    for (const rule of headerRules({ https: true })) for (const { key } of rule.headers) expect(key).toBe(key.toLowerCase());
  });
});

describe('the Content-Security-Policy', () => {
  const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));

  it.each([
    ['default-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['style-src-attr', ["'unsafe-inline'"]],
  ])('%s is %j', (name, value) => {
    expect(directives(contentSecurityPolicy({ https: true })).get(name)).toEqual(value);
  });

  it('runs no script at all: pages carry none but JSON-LD (lib/html/strip-runtime.mjs)', () => {
    const csp = directives(contentSecurityPolicy({ https: true }));
    expect(csp.get('script-src')).toEqual(["'none'"]);
    expect(csp.get('worker-src')).toEqual(["'none'"]);
  });

  it('upgrades insecure requests only on an HTTPS site', () => {
    expect(contentSecurityPolicy({ https: true })).toMatch(/upgrade-insecure-requests$/);
    expect(contentSecurityPolicy({ https: false })).not.toMatch(/upgrade-insecure-requests/);
  });

  it.each([
    [{ NEXT_PUBLIC_SITE_URL: 'https://mawjaz.example' }, true],
    [{ SITE_URL: 'https://mawjaz.example' }, true],
    [{ NEXT_PUBLIC_SITE_URL: 'http://localhost:3000', SITE_URL: 'https://x' }, false],
    [{}, false],
  ])('reads HTTPS from the build’s site URL: %j → %s', (env, https) => {
    expect(isHttpsSite(env)).toBe(https);
  });
});

describe('the preview’s headers (`npm run dev`)', () => {
  const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));
  const dev = headerRules({ https: true, dev: true });

  it('let Next’s dev runtime and error overlay run: eval, injected styles, the hot-reload socket', () => {
    const csp = directives(devContentSecurityPolicy());
    expect(csp.get('script-src')).toContain("'unsafe-eval'");
    expect(csp.get('style-src')).toContain("'unsafe-inline'");
    expect(csp.get('connect-src')).toContain('ws:');
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('send the dev policy, never production’s, and no cache rules', () => {
    const sent = dev.flatMap((rule) => rule.headers);
    expect(sent.filter((h) => h.key === 'content-security-policy').map((h) => h.value)).toEqual([devContentSecurityPolicy()]);
    expect(sent.some((h) => h.key === 'cache-control')).toBe(false);
    expect(sent.some((h) => h.key === 'strict-transport-security' && h.value.includes('max-age'))).toBe(true);
  });

  it('keep the switcher’s cookie', () => {
    expect(dev.some((rule) => rule.has?.some((h) => h.key === 'hl'))).toBe(true);
  });

  it('leave production’s policy without eval', () => {
    expect(directives(securityHeaders({ https: false })[0]!.value).get('script-src')).not.toContain("'unsafe-eval'");
  });
});
