import { describe, expect, inject, it } from 'vitest';
import { LEAD } from '../support/fixture-site';

const baseURL = inject('baseURL');
const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${baseURL}${path}`, { redirect: 'manual', headers });

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
