import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { newsSitemapXml, recentNews, type NewsItem } from './news-sitemap';

// A fixed clock: 30 January 2026, 12:00 in Riyadh (09:00 UTC).
const NOW = new Date('2026-01-30T09:00:00Z');

const item = (slug: string, date: string, language = 'en', title = `Briefing ${slug}`): NewsItem => ({
  url: `https://m.example/${language}/briefings/${slug}`,
  title,
  date,
  language,
  publication: language === 'ar' ? 'موجز' : 'Mawjaz',
});

describe('the Google News sitemap', () => {
  it.each([
    // 47 h before NOW: in.
    ['2026-01-28T13:00+03:00', true],
    // 48 h 5 min before: out.
    ['2026-01-28T08:55Z', false],
    // A bare day: its midnight in Riyadh, 2026-01-28T21:00Z… of the 29th: in.
    ['2026-01-29', true],
    // The 28th began at 2026-01-27T21:00Z, 60 h before: out.
    ['2026-01-28', false],
    // After the build (scheduled by time): not yet.
    ['2026-01-30T13:00+03:00', false],
  ])('lists a briefing dated %s: %s', (date, listed) => {
    expect(recentNews([item('x', date)], NOW).length).toBe(listed ? 1 : 0);
  });

  it('writes Google’s format: publication name and language per locale, date with time, title, newest first', () => {
    const xml = newsSitemapXml([item('older', '2026-01-29T08:00+03:00'), item('newer', '2026-01-30T10:15+03:00', 'ar', 'الصين <توافق> & «توافق»'), item('old', '2026-01-01')], NOW);
    expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    const doc = new XMLParser().parse(xml);
    expect(doc.urlset.url).toEqual([
      {
        loc: 'https://m.example/ar/briefings/newer',
        'news:news': {
          'news:publication': { 'news:name': 'موجز', 'news:language': 'ar' },
          'news:publication_date': '2026-01-30T10:15:00+03:00',
          'news:title': 'الصين <توافق> & «توافق»',
        },
      },
      {
        loc: 'https://m.example/en/briefings/older',
        'news:news': {
          'news:publication': { 'news:name': 'Mawjaz', 'news:language': 'en' },
          'news:publication_date': '2026-01-29T08:00:00+03:00',
          'news:title': 'Briefing older',
        },
      },
    ]);
    // Markup in a title stays text: escaped in the XML, read back as written.
    expect(xml).toContain('<news:title>الصين &lt;توافق&gt; &amp; «توافق»</news:title>');
  });

  it('is an empty but valid urlset when nothing is that recent', () => {
    const xml = newsSitemapXml([item('old', '2026-01-01')], NOW);
    expect(xml).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n</urlset>\n');
    expect(new XMLParser().parse(xml).urlset).toBe('');
  });
});
