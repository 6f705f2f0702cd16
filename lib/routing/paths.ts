import type { Locale } from '@/i18n/locales';

/** The syndication formats, each at a fixed file name under its scope. */
export const feedFiles = { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json' } as const;
export type FeedFormat = keyof typeof feedFiles;
export const feedFormats = Object.keys(feedFiles) as FeedFormat[];

/** What a feed covers: a whole language, or one topic in that language. */
export type FeedScope = { locale: Locale; topic?: string };

/** The feeds a page advertises: its language's, plus its topic's on a topic page. */
export function feedScopesFor(locale: Locale, topic?: string): FeedScope[] {
  return topic ? [{ locale }, { locale, topic }] : [{ locale }];
}

/**
 * Every public path of the site, in one place. Pages, the switcher,
 * alternates, feeds and the sitemap build their links here. List pages are
 * paginated from 2 on: page 1 is the plain path, so `/ar/archive/1` does not
 * exist (the home page is page 1 of the archive).
 */
export const paths = {
  home: (locale: Locale) => `/${locale}`,
  archive: (locale: Locale, page: number) => (page <= 1 ? `/${locale}` : `/${locale}/archive/${page}`),
  briefing: (locale: Locale, slug: string) => `/${locale}/briefings/${slug}`,
  /** Page n of a live briefing's updates: page 1 is the briefing itself. */
  liveUpdates: (locale: Locale, slug: string, page: number) => (page <= 1 ? `/${locale}/briefings/${slug}` : `/${locale}/briefings/${slug}/updates/${page}`),
  /** Where an update is: its page, and its anchor there. */
  liveUpdate: (locale: Locale, slug: string, page: number, id: string) => `${page <= 1 ? `/${locale}/briefings/${slug}` : `/${locale}/briefings/${slug}/updates/${page}`}#${id}`,
  /** A live briefing's own Atom feed: one entry per update. */
  liveFeed: (locale: Locale, slug: string) => `/${locale}/briefings/${slug}/atom.xml`,
  topics: (locale: Locale) => `/${locale}/topics`,
  topic: (locale: Locale, topic: string, page = 1) => (page <= 1 ? `/${locale}/topics/${topic}` : `/${locale}/topics/${topic}/${page}`),
  feed: ({ locale, topic }: FeedScope, format: FeedFormat) => (topic ? `/${locale}/topics/${topic}/${feedFiles[format]}` : `/${locale}/${feedFiles[format]}`),
  /** Search results (dynamic, never in the sitemap); page 1 carries no `page`. */
  search: (locale: Locale, query?: string, page = 1) => {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    if (query && page > 1) params.set('page', String(page));
    const qs = params.toString();
    return qs ? `/${locale}/search?${qs}` : `/${locale}/search`;
  },
  author: (locale: Locale, id: string) => `/${locale}/authors/${id}`,
  /** The Daily Brief: the latest edition, one day's (YYYY-MM-DD), its plain text, and the feeds of editions. */
  digest: (locale: Locale) => `/${locale}/digest`,
  edition: (locale: Locale, day: string) => `/${locale}/digest/${day}`,
  editionText: (locale: Locale, day: string) => `/${locale}/digest/${day}.txt`,
  digestFeed: (locale: Locale, format: FeedFormat) => `/${locale}/digest/${feedFiles[format]}`,
  /** The newsletter: its page (states, confirmation, managing) and the form handlers it posts to. */
  newsletter: (locale: Locale) => `/${locale}/newsletter`,
  newsletterAction: (locale: Locale, action: 'subscribe' | 'confirm' | 'unsubscribe' | 'language') => `/${locale}/newsletter/${action}`,
  corrections: (locale: Locale) => `/${locale}/corrections`,
  sitePage: (locale: Locale, slug: string) => `/${locale}/pages/${slug}`,
  sitemap: () => '/sitemap.xml',
  /** Part n (from 1) of a sitemap too large for one file; /sitemap.xml is then their index. */
  sitemapPart: (n: number) => `/sitemaps/${n}.xml`,
  newsSitemap: () => '/news-sitemap.xml',
  logo: () => '/logo.png',
} as const;
