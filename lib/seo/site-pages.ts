import { locales } from '@/i18n/locales';
import {
  getArchivePage,
  getArchivePageCount,
  getBriefings,
  getTopicPage,
  getTopicPageCount,
  getTopicPages,
  latestDay,
  modifiedDay,
} from '@/lib/content';
import { pageAlternates } from '@/lib/routing/page-alternates';
import { laterPages } from '@/lib/routing/page-params';
import type { SitePage } from './sitemap';

/**
 * Every indexable page the build prerenders, in every language where it
 * exists: homes, archive pages, the topics index, topic pages and their
 * pages, briefings. (Not the 404 document, which is noindex.) The sitemap
 * is made of exactly these; the end-to-end tests check the build agrees.
 */
export function sitePages(): SitePage[] {
  const pages: SitePage[] = [];
  for (const locale of locales) {
    const latest = latestDay(getBriefings(locale));
    pages.push({ locale, alternates: pageAlternates.home(), lastModified: latest });
    for (const n of laterPages(getArchivePageCount(locale))) {
      pages.push({ locale, alternates: pageAlternates.archive(n), lastModified: latestDay(getArchivePage(locale, n)!.items) });
    }
    pages.push({ locale, alternates: pageAlternates.topics(), lastModified: latest });
  }
  for (const { locale, topic } of getTopicPages()) {
    for (const n of [1, ...laterPages(getTopicPageCount(locale, topic.id))]) {
      const page = getTopicPage(locale, topic.id, n)!;
      pages.push({ locale, alternates: pageAlternates.topic(topic.id, n), lastModified: latestDay(page.items) });
    }
  }
  for (const locale of locales) {
    for (const b of getBriefings(locale)) {
      pages.push({ locale, alternates: pageAlternates.briefing(b), lastModified: modifiedDay(b) });
    }
  }
  return pages;
}
