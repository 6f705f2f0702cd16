import type { MetadataRoute } from 'next';
import type { Locale } from '@/i18n/locales';
import type { Alternate } from '@/lib/routing/alternates';
import { languageMap } from './hreflang';
import { absoluteUrl } from '../site/url';

/** One URL of the site: a page in one language, with its twins. */
export type SitePage = {
  locale: Locale;
  /** The page in every language (only `available` ones become xhtml:link). */
  alternates: readonly Alternate[];
  /** YYYY-MM-DD of the last change, or null when unknown. */
  lastModified: string | null;
};

/**
 * Sitemap entries: one per page and language, each with the same
 * xhtml:link set as the page's own hreflang (itself and x-default
 * included, as Google asks), and none for a language without a twin.
 */
export function sitemapEntries(pages: readonly SitePage[], base: string): MetadataRoute.Sitemap {
  return pages.map((page) => {
    const self = page.alternates.find((a) => a.locale === page.locale && a.available);
    if (!self) throw new Error(`sitemap: a ${page.locale} page that does not exist in ${page.locale}`);
    const languages = languageMap(page.alternates, base);
    return {
      url: absoluteUrl(self.href, base),
      ...(page.lastModified ? { lastModified: page.lastModified } : {}),
      ...(Object.keys(languages).length ? { alternates: { languages } } : {}),
    };
  });
}
