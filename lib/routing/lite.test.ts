import { describe, expect, it } from 'vitest';
import { isLitePage, litePath, liteSegment, liteTarget, parseLocaleSegment, withLite } from './lite';

describe('lite paths', () => {
  it('reads a locale segment, full or lite, and nothing else', () => {
    expect(parseLocaleSegment('ar')).toEqual({ locale: 'ar', lite: false });
    expect(parseLocaleSegment(liteSegment('en'))).toEqual({ locale: 'en', lite: true });
    for (const bad of ['lite-', 'lite-xx', 'lite', 'xx', 'ar-lite', 'lite-lite-ar', '']) expect(parseLocaleSegment(bad)).toBeNull();
  });

  it('gives every page under a locale its lite URL, and leaves other paths alone', () => {
    expect(litePath('/ar')).toBe('/lite/ar');
    expect(litePath('/en/briefings/x')).toBe('/lite/en/briefings/x');
    expect(litePath('/en/search?q=a')).toBe('/lite/en/search?q=a');
    expect(litePath('/en/feed.xml')).toBe('/lite/en/feed.xml');
    expect(litePath('/sitemap.xml')).toBe('/sitemap.xml');
    expect(litePath('https://example.com/ar')).toBe('https://example.com/ar');
  });

  it('maps a lite request, public or Save-Data, to the internal route', () => {
    expect(liteTarget('/lite/ar/briefings/x')).toEqual({ locale: 'ar', path: '/ar/briefings/x', internal: '/lite-ar/briefings/x' });
    expect(liteTarget('/lite/en')).toEqual({ locale: 'en', path: '/en', internal: '/lite-en' });
    expect(liteTarget('/en/topics')).toEqual({ locale: 'en', path: '/en/topics', internal: '/lite-en/topics' });
    expect(liteTarget('/lite/xx/a')).toBeNull();
    expect(liteTarget('/lite')).toBeNull();
    expect(liteTarget('/lite-ar/x')).toBeNull();
  });
});

describe('lite pages', () => {
  it('are the pages under a locale, not its files, share images or internal routes', () => {
    for (const page of ['/ar', '/ar/briefings/x', '/en/topics/chips/2', '/en/search', '/ar/authors/desk', '/en/pages/about']) expect(isLitePage(page), page).toBe(true);
    for (const other of ['/', '/sitemap.xml', '/ar/feed.xml', '/ar/topics/chips/feed.json', '/ar/briefings/x/share-image/1', '/ar/missing', '/xx/briefings/x'])
      expect(isLitePage(other), other).toBe(false);
  });

  it('adds the lite twin of every static param', () => {
    expect(withLite([{ locale: 'ar' as const, id: 'desk' }])).toEqual([
      { locale: 'ar', id: 'desk' },
      { locale: 'lite-ar', id: 'desk' },
    ]);
  });
});
