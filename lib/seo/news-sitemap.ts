import { escapeHtml } from '@/lib/format/escape-html';
import { instantOf, machineDate } from '@/lib/format/date';

/**
 * The Google News sitemap: the briefings published in the last two days,
 * with the publication's name and language, the publication date (with the
 * time when the editor gave one) and the title.
 * https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap
 */

/** Google lists articles published in the last two days. */
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;
/** At most 1,000 URLs per News sitemap. */
export const NEWS_LIMIT = 1000;

export type NewsItem = {
  /** Absolute URL of the briefing. */
  url: string;
  title: string;
  /** The publication date as written: `2026-01-28` or `2026-01-28T14:05+03:00`. */
  date: string;
  /** ISO 639 language code of the briefing. */
  language: string;
  /** The site's name in that language. */
  publication: string;
};

/** The items in the window ending at `now`, newest first. A bare day counts from its midnight in the site's zone. */
export function recentNews(items: readonly NewsItem[], now: Date): NewsItem[] {
  const end = now.getTime();
  return items
    .filter((i) => {
      const t = instantOf(i.date);
      return Number.isFinite(t) && t <= end && end - t <= NEWS_WINDOW_MS;
    })
    .sort((a, b) => instantOf(b.date) - instantOf(a.date) || a.url.localeCompare(b.url))
    .slice(0, NEWS_LIMIT);
}

/** Characters XML 1.0 forbids anywhere. */
const xml = (s: string) => escapeHtml(s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''));

/** The XML text: a valid, empty `<urlset>` when nothing is recent enough. */
export function newsSitemapXml(items: readonly NewsItem[], now: Date): string {
  const entries = recentNews(items, now).map(
    (i) => `  <url>
    <loc>${xml(i.url)}</loc>
    <news:news>
      <news:publication>
        <news:name>${xml(i.publication)}</news:name>
        <news:language>${xml(i.language)}</news:language>
      </news:publication>
      <news:publication_date>${machineDate(i.date)}</news:publication_date>
      <news:title>${xml(i.title)}</news:title>
    </news:news>
  </url>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}
