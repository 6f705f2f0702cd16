import { describe, expect, it } from 'vitest';
import { briefingAlternates, everywhere } from '@/lib/routing/alternates';
import { paths } from '@/lib/routing/paths';
import { sitemapEntries, sitemapFiles } from './sitemap';

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

describe('sitemapFiles', () => {
  const entries = Array.from({ length: 7 }, (_, i) => ({
    url: `https://m.example/en/briefings/b${i}`,
    lastModified: '2026-01-28',
    alternates: { languages: { en: `https://m.example/en/briefings/b${i}`, ar: `https://m.example/ar/briefings/b${i}?a=1&b=2` } },
  }));
  const part = (n: number) => `https://m.example/sitemaps/${n}.xml`;
  const locs = (xml: string) => [...xml.matchAll(/<url>\n<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

  it('is one urlset, with each alternate escaped, while everything fits', () => {
    const { index, parts } = sitemapFiles(entries, part);
    expect(index).toBeNull();
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9" xmlns:xhtml=/);
    expect(parts[0]).toContain('<xhtml:link rel="alternate" hreflang="ar" href="https://m.example/ar/briefings/b0?a=1&amp;b=2" />\n<lastmod>2026-01-28</lastmod>\n</url>');
    expect(locs(parts[0]!)).toEqual(entries.map((e) => e.url));
  });

  it('becomes an index of parts past the URL limit, losing and repeating nothing', () => {
    const { index, parts } = sitemapFiles(entries, part, { urls: 3, bytes: 1e9 });
    expect(parts.map((p) => locs(p).length)).toEqual([3, 3, 1]);
    expect(parts.flatMap(locs)).toEqual(entries.map((e) => e.url));
    expect(index).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        [1, 2, 3].map((n) => `<sitemap>\n<loc>https://m.example/sitemaps/${n}.xml</loc>\n</sitemap>\n`).join('') +
        '</sitemapindex>\n',
    );
  });

  it('keeps every part under the byte limit', () => {
    const one = Buffer.byteLength(sitemapFiles(entries.slice(0, 1), part).parts[0]!);
    const limit = one * 2;
    const { parts } = sitemapFiles(entries, part, { urls: 50_000, bytes: limit });
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(limit);
    expect(parts.flatMap(locs)).toEqual(entries.map((e) => e.url));
  });
});
