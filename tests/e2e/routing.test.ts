import { describe, expect, inject, it } from 'vitest';
import { LEAD, SCHEDULED_SLUG } from '../support/fixture-site';
import ar from '../../messages/ar.json';
import en from '../../messages/en.json';

const baseURL = inject('baseURL');
const messages = (locale: 'ar' | 'en') => (locale === 'ar' ? ar : en);
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${baseURL}${path}`, { redirect: 'manual', headers });

describe('locale redirects (next start)', () => {
  it('sends / to Arabic by default', async () => {
    const res = await get('/');
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toMatch(/\/ar$/);
  });

  it('sends / to English for an English Accept-Language', async () => {
    const res = await get('/', { 'accept-language': 'en-US,en;q=0.9' });
    expect(res.headers.get('location')).toMatch(/\/en$/);
  });

  it('prefers the NEXT_LOCALE cookie over Accept-Language', async () => {
    const res = await get('/', { 'accept-language': 'en-US,en;q=0.9', cookie: 'NEXT_LOCALE=ar' });
    expect(res.headers.get('location')).toMatch(/\/ar$/);
  });

  it('prefixes unprefixed paths', async () => {
    const res = await get(`/briefings/${LEAD.slug}`, { 'accept-language': 'en' });
    expect(res.headers.get('location')).toMatch(new RegExp(`/en/briefings/${LEAD.slug}$`));
  });

  it('remembers the language chosen in the switcher', async () => {
    const res = await get('/en?hl=en');
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/NEXT_LOCALE=en;/);
  });

  it('gives an unknown locale the localized 404, without a loop', async () => {
    let res = await get('/xx/foo');
    let hops = 0;
    while (res.status >= 300 && res.status < 400 && hops < 5) {
      res = await get(new URL(res.headers.get('location')!, baseURL).pathname);
      hops++;
    }
    expect(hops).toBeLessThanOrEqual(1);
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toMatch(/<html lang="ar" dir="rtl"/);
    expect(html).toContain('الصفحة غير موجودة');
  });

  it.each([
    ['/ar/briefings/no-such-briefing', 'ar', 'الصفحة غير موجودة'],
    ['/en/briefings/no-such-briefing', 'en', 'Page not found'],
    ['/en/topics/no-such-topic', 'en', 'Page not found'],
    ['/ar/some/deep/unknown/path', 'ar', 'الصفحة غير موجودة'],
  ])('answers %s with a server-rendered, localized 404', async (path, locale, title) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain(`<html lang="${locale}"`);
    expect(html).toContain(title);
  });
});

describe('every kind of on-demand page, with a parameter that names nothing (proxy.ts)', () => {
  const notFound = { ar: messages('ar').NotFound, en: messages('en').NotFound };
  // Next's own answer to notFound() in such a route is a 404 too, but an
  // empty error shell (about 1.9 kB) instead of this page: the status alone
  // cannot tell them apart, the body can.
  it.each([
    ['a briefing', '/ar/briefings/no-such-briefing'],
    ['a briefing’s share image', `/en/briefings/no-such-briefing/share-image/0123456789ab.png`],
    ['a scheduled briefing', `/en/briefings/${SCHEDULED_SLUG}`],
    ['an archive page past the last', '/ar/archive/3'],
    ['an archive page that is no number', '/en/archive/x'],
    ['a topic page past the last', '/en/topics/trade/3'],
    ['a later page of an unknown topic', '/ar/topics/no-such-topic/2'],
  ])('%s (%s) is the localized 404 page, body and all', async (_kind, path) => {
    const locale = path.split('/')[1] as 'ar' | 'en';
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain(`<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}"`);
    expect(html).toMatch(new RegExp(`<h1 class="page-title"[^>]*>${notFound[locale].title}</h1>`));
    expect(html).toContain(notFound[locale].description);
    expect(html).toContain(`>${notFound[locale].home}</a>`);
    expect(html).not.toContain('__next_error__');
  });

  it.each([
    ['the second archive page', '/ar/archive/2'],
    ['the second page of a topic', '/en/topics/trade/2'],
  ])('%s (%s) exists, rendered on demand', async (_kind, path) => {
    expect((await get(path)).status).toBe(200);
  });
});

describe('bad URLs (next start)', () => {
  it.each(['/ar/briefings/%ZZ', '/%ZZ', '/en/briefings/%C0%AF'])('answers %s with 400, not 500', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/malformed/);
  });
});

describe('page 1 of a list', () => {
  it.each([
    ['/ar/archive/1', '/ar'],
    ['/en/topics/china/1', '/en/topics/china'],
  ])('redirects %s to %s, its canonical URL', async (from, to) => {
    const res = await get(from);
    expect(res.status).toBe(308);
    expect(new URL(res.headers.get('location')!, baseURL).pathname).toBe(to);
  });
});
