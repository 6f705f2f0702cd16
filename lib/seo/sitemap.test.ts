import { describe, expect, it } from 'vitest';
import { briefingAlternates, everywhere } from '@/lib/routing/alternates';
import { paths } from '@/lib/routing/paths';
import { sitemapEntries } from './sitemap';

const base = 'https://m.example';

describe('sitemapEntries', () => {
  it('gives every language version of a page the same alternates, itself and x-default included', () => {
    const [ar, en] = sitemapEntries(
      [
        { locale: 'ar', alternates: everywhere(paths.home), lastModified: '2026-01-28' },
        { locale: 'en', alternates: everywhere(paths.home), lastModified: null },
      ],
      base,
    );
    expect(ar).toEqual({
      url: 'https://m.example/ar',
      lastModified: '2026-01-28',
      alternates: { languages: { ar: 'https://m.example/ar', en: 'https://m.example/en', 'x-default': 'https://m.example/ar' } },
    });
    expect(en!.url).toBe('https://m.example/en');
    expect(en!.lastModified).toBeUndefined();
    expect(en!.alternates).toEqual(ar!.alternates);
  });

  it('has no alternate for the missing language of a briefing without a twin', () => {
    const [lone] = sitemapEntries([{ locale: 'en', alternates: briefingAlternates('x', ['en']), lastModified: '2026-01-01' }], base);
    expect(lone).toEqual({ url: 'https://m.example/en/briefings/x', lastModified: '2026-01-01' });
  });

  it('refuses a page listed in a language where it does not exist', () => {
    expect(() => sitemapEntries([{ locale: 'ar', alternates: briefingAlternates('x', ['en']), lastModified: null }], base)).toThrow();
  });
});
