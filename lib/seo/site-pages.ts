import { defaultLocale, locales } from '@/i18n/locales';
import {
  briefingsBy,
  correctionEntries,
  getArchivePage,
  getAuthors,
  getSitePages,
  getArchivePageCount,
  getBriefings,
  getTopicPage,
  getTopicPageCount,
  getTopicPages,
  latestDay,
  modifiedInstant,
} from '@/lib/content';
import { machineDate } from '@/lib/format/date';
import { pageAlternates } from '@/lib/routing/page-alternates';
import { laterPages } from '@/lib/routing/page-params';
import { paths } from '@/lib/routing/paths';
import { absoluteUrl, siteUrl } from '@/lib/site/url';
import { sitemapEntries, sitemapFiles, type SitePage } from './sitemap';
import { getEditionDays } from '@/lib/digest';

/**
 * Every indexable page, prerendered or rendered on its first request, in every language where it
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
      pages.push({ locale, alternates: pageAlternates.briefing(b), lastModified: modifiedInstant(b) });
    }
  }
  // The Daily Brief: the latest edition and every day's.
  for (const locale of locales) {
    const days = getEditionDays(locale);
    if (days.length) pages.push({ locale, alternates: pageAlternates.digest(), lastModified: days[0]! });
    for (const day of days) pages.push({ locale, alternates: pageAlternates.edition(day), lastModified: day });
  }
  // The newsroom's pages: authors, corrections, about and standards.
  for (const locale of locales) {
    const all = getBriefings(locale);
    for (const author of getAuthors()) {
      pages.push({ locale, alternates: pageAlternates.author(author.id), lastModified: latestDay(briefingsBy(all, author.id)) });
    }
    const newest = correctionEntries(all)[0];
    pages.push({ locale, alternates: pageAlternates.corrections(), lastModified: newest ? machineDate(newest.correction.date) : null });
    for (const p of getSitePages(locale)) {
      pages.push({ locale, alternates: pageAlternates.sitePage(p.slug), lastModified: p.updated ? machineDate(p.updated) : null });
    }
  }
  return pages;
}

type SitemapFiles = ReturnType<typeof sitemapFiles>;
// Every part's route and the index read the same files: made once per
// content index read (lib/content caches its lists by it).
const sitemaps = new WeakMap<object, SitemapFiles>();

/**
 * The site's sitemap files (./sitemap.ts's `sitemapFiles`): read by
 * app/sitemap.xml and app/sitemaps/[file], both prerendered.
 */
export function siteSitemap(): SitemapFiles {
  const key = getBriefings(defaultLocale);
  let files = sitemaps.get(key);
  if (!files) {
    const base = siteUrl();
    files = sitemapFiles(sitemapEntries(sitePages(), base), (n) => absoluteUrl(paths.sitemapPart(n), base));
    sitemaps.set(key, files);
  }
  return files;
}
