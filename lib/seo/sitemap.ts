import type { MetadataRoute } from 'next';
import type { Locale } from '@/i18n/locales';
import type { Alternate } from '@/lib/routing/alternates';
import { languageMap } from './hreflang';
import { escapeHtml } from '../format/escape-html';
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

/**
 * The sitemap protocol's limits for one file: 50,000 URLs and 50 MB
 * uncompressed (https://www.sitemaps.org/protocol.html#index). A decade of
 * briefings in two languages passes them; then /sitemap.xml becomes a
 * sitemap index of files under /sitemaps/.
 */
export const SITEMAP_LIMITS = { urls: 50_000, bytes: 50 * 1024 * 1024 } as const;
export type SitemapLimits = { urls: number; bytes: number };

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const URLSET_OPEN = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n';
const URLSET_CLOSE = '</urlset>\n';

function urlElement(entry: MetadataRoute.Sitemap[number]): string {
  const links = Object.entries(entry.alternates?.languages ?? {}).map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${escapeHtml(lang)}" href="${escapeHtml(String(href))}" />\n`);
  const lastmod = entry.lastModified ? `<lastmod>${escapeHtml(String(entry.lastModified))}</lastmod>\n` : '';
  return `<url>\n<loc>${escapeHtml(entry.url)}</loc>\n${links.join('')}${lastmod}</url>\n`;
}

/**
 * The sitemap as files: one `<urlset>` when everything fits the limits,
 * else `index` (a `<sitemapindex>` of `partUrl(1…n)`) and its parts, each
 * within the limits. Pure: the same entries give the same bytes.
 */
export function sitemapFiles(entries: MetadataRoute.Sitemap, partUrl: (n: number) => string, limits: SitemapLimits = SITEMAP_LIMITS): { index: string | null; parts: string[] } {
  const frame = Buffer.byteLength(XML_HEAD + URLSET_OPEN + URLSET_CLOSE);
  const parts: string[][] = [[]];
  let bytes = frame;
  for (const entry of entries) {
    const element = urlElement(entry);
    const size = Buffer.byteLength(element);
    const current = parts[parts.length - 1]!;
    if (current.length > 0 && (current.length >= limits.urls || bytes + size > limits.bytes)) {
      parts.push([element]);
      bytes = frame + size;
    } else {
      current.push(element);
      bytes += size;
    }
  }
  const files = parts.map((elements) => XML_HEAD + URLSET_OPEN + elements.join('') + URLSET_CLOSE);
  if (files.length === 1) return { index: null, parts: files };
  const index =
    XML_HEAD +
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    files.map((_, i) => `<sitemap>\n<loc>${escapeHtml(partUrl(i + 1))}</loc>\n</sitemap>\n`).join('') +
    '</sitemapindex>\n';
  return { index, parts: files };
}
