import { locales } from '@/i18n/locales';
import {
  getArchivePage,
  getArchivePageCount,
  getBriefings,
  getLatestDay,
  getTopicLocales,
  getTopicPage,
  getTopicPageCount,
  getTopics,
} from '@/lib/content';
import { modifiedDay } from '@/lib/content/select';
import { pageAlternates } from '@/lib/routing/page-alternates';
import type { SitePage } from './sitemap';

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/**
 * Every indexable page the build prerenders, in every language where it
 * exists: homes, archive pages, the topics index, topic pages and their
 * pages, briefings. (Not the 404 document, which is noindex.) The sitemap
 * is made of exactly these; the end-to-end tests check the build agrees.
 */
export function sitePages(): SitePage[] {
  const pages: SitePage[] = [];
  for (const locale of locales) {
    const all = getBriefings(locale);
    const latest = getLatestDay(all);
    pages.push({ locale, alternates: pageAlternates.home(), lastModified: latest });
    for (const n of range(2, getArchivePageCount(locale))) {
      pages.push({ locale, alternates: pageAlternates.archive(n), lastModified: getLatestDay(getArchivePage(locale, n)!.items) });
    }
    pages.push({ locale, alternates: pageAlternates.topics(), lastModified: latest });
  }
  for (const topic of getTopics()) {
    for (const locale of getTopicLocales(topic.id)) {
      for (const n of range(1, getTopicPageCount(locale, topic.id))) {
        const page = getTopicPage(locale, topic.id, n)!;
        pages.push({ locale, alternates: pageAlternates.topic(topic.id, n), lastModified: getLatestDay(page.items) });
      }
    }
  }
  for (const locale of locales) {
    for (const b of getBriefings(locale)) {
      pages.push({ locale, alternates: pageAlternates.briefing(b), lastModified: modifiedDay(b) });
    }
  }
  return pages;
}
