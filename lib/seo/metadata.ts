import type { Metadata } from 'next';
import { localeInfo, type Locale } from '@/i18n/locales';
import type { Alternate } from '@/lib/routing/alternates';
import { feedFormats, paths, type FeedScope } from '@/lib/routing/paths';
import { feedMediaTypes } from '../feeds/feeds';
import { availableOthers, languageMap } from './hreflang';
import { absoluteUrl } from '../site/url';

/**
 * Metadata builders. Next merges metadata shallowly: a page's `alternates`
 * or `openGraph` replaces the layout's whole object. So every page builds
 * both completely here (canonical, hreflang, feed links, Open Graph,
 * Twitter), and the layout only sets what pages never override.
 */

export type FeedLink = { scope: FeedScope; title: string };

/** `<link rel="alternate" type=…>` for each feed and format. */
export function feedAlternates(feeds: readonly FeedLink[], formatNames: Record<string, string>, base: string) {
  return Object.fromEntries(
    feedFormats.map((format) => [feedMediaTypes[format], feeds.map((f) => ({ url: absoluteUrl(paths.feed(f.scope, format), base), title: `${f.title} (${formatNames[format]})` }))]),
  );
}

export type SiteMeta = {
  base: string;
  /** The site's name in the page's language. */
  name: string;
  /** "{title} · Mawjaz" with `%s` for the title. */
  titleTemplate: string;
  description: string;
  feeds: readonly FeedLink[];
  formatNames: Record<string, string>;
};

/** For the locale layout: what every page of a language shares. */
export function layoutMetadata(locale: Locale, site: SiteMeta, homeTitle: string): Metadata {
  return {
    metadataBase: new URL(`${site.base}/`),
    title: { default: homeTitle, template: site.titleTemplate },
    description: site.description,
    applicationName: site.name,
    // Only the feeds: no canonical and no hreflang here, so a page that
    // sets none (the 404 views) claims no URL and no twin.
    alternates: { types: feedAlternates(site.feeds, site.formatNames, site.base) },
    openGraph: { siteName: site.name, locale: localeInfo(locale).ogLocale, type: 'website' },
    twitter: { card: 'summary_large_image' },
    formatDetection: { telephone: false, address: false, email: false },
  };
}

export type ArticleMeta = {
  /** YYYY-MM-DD. */
  publishedTime: string;
  modifiedTime: string;
  /** The first topic's label. */
  section?: string;
  tags: string[];
};

export type PageMetaInput = {
  locale: Locale;
  /** This page's path: its canonical URL. */
  path: string;
  /** This page in every language (the switcher's list): hreflang keeps the available ones. */
  alternates: readonly Alternate[];
  title: string;
  /** True: the title is used as is, without the site name template. */
  absoluteTitle?: boolean;
  description: string;
  article?: ArticleMeta;
  /** The page's share card (lib/og), if it has one. */
  image?: ShareImageMeta;
  site: SiteMeta;
  /** Feeds of this page alone (a live briefing's Atom feed of updates), besides the site's. */
  ownFeeds?: { type: string; url: string; title: string }[];
};

/** A prerendered share image: site-relative URL, size, type and alt text. */
export type ShareImageMeta = { url: string; width: number; height: number; type: string; alt: string };

/**
 * Every page built by `pageMetadata` is indexable: search engines may show
 * its large image (Google Discover shows large images only to pages that
 * allow them) and a snippet of any length. noindex pages (the 404 views,
 * search) never come here and say nothing of the kind.
 */
export const indexableRobots = { index: true, follow: true, 'max-image-preview': 'large', 'max-snippet': -1 } as const satisfies Metadata['robots'];

function withOwnFeeds(types: Record<string, { url: string; title: string }[]>, own: readonly { type: string; url: string; title: string }[], base: string) {
  const out = { ...types };
  for (const f of own) out[f.type] = [{ url: absoluteUrl(f.url, base), title: f.title }, ...(out[f.type] ?? [])];
  return out;
}

/** A page's metadata: canonical, hreflang, feeds, Open Graph and Twitter card. */
export function pageMetadata(p: PageMetaInput): Metadata {
  const url = absoluteUrl(p.path, p.site.base);
  const languages = languageMap(p.alternates, p.site.base);
  const openGraphBase = {
    url,
    title: p.title,
    description: p.description,
    siteName: p.site.name,
    locale: localeInfo(p.locale).ogLocale,
    alternateLocale: availableOthers(p.alternates, p.locale).map((l) => localeInfo(l).ogLocale),
    ...(p.image ? { images: [{ ...p.image, url: absoluteUrl(p.image.url, p.site.base) }] } : {}),
  };
  return {
    title: p.absoluteTitle ? { absolute: p.title } : p.title,
    description: p.description,
    alternates: {
      canonical: url,
      languages,
      types: withOwnFeeds(feedAlternates(p.site.feeds, p.site.formatNames, p.site.base), p.ownFeeds ?? [], p.site.base),
    },
    robots: indexableRobots,
    openGraph: p.article
      ? {
          ...openGraphBase,
          type: 'article',
          publishedTime: p.article.publishedTime,
          modifiedTime: p.article.modifiedTime,
          section: p.article.section,
          tags: p.article.tags,
        }
      : { ...openGraphBase, type: 'website' },
    twitter: {
      card: 'summary_large_image',
      title: p.title,
      description: p.description,
      ...(p.image ? { images: [{ url: absoluteUrl(p.image.url, p.site.base), alt: p.image.alt }] } : {}),
    },
  };
}
