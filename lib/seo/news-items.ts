import { locales } from '@/i18n/locales';
import { getBriefings } from '@/lib/content';
import { paths } from '@/lib/routing/paths';
import { siteNameTable } from '@/lib/site/identity';
import { absoluteUrl, siteUrl } from '@/lib/site/url';
import type { NewsItem } from './news-sitemap';

/** Every published briefing, in every language, as News sitemap candidates (./news-sitemap.ts picks the recent ones). */
export async function newsItems(): Promise<NewsItem[]> {
  const names = await siteNameTable();
  const base = siteUrl();
  return locales.flatMap((locale) =>
    getBriefings(locale).map((b) => ({
      url: absoluteUrl(paths.briefing(locale, b.slug), base),
      title: b.title,
      date: b.date,
      language: locale,
      publication: names[locale],
    })),
  );
}
