import { Feed, type Item } from 'feed';
import type { Locale } from '@/i18n/locales';
import type { FeedFormat } from '@/lib/routing/paths';
import { calendarDay, parseDateTime } from '@/lib/format/date';
import { escapeHtml } from '@/lib/format/escape-html';

/** Media types, for the Response and for `<link rel="alternate" type>`. */
export const feedMediaTypes: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};

export type FeedItemInput = {
  /** Absolute URL of the briefing: also its id/guid, which never changes. */
  url: string;
  title: string;
  /** Plain text. */
  summary: string;
  /** The full body as HTML (see ./feed-body.ts). */
  html: string;
  /** YYYY-MM-DD, or the full instant when the editor gave a time. */
  published: string;
  /** The same, for the last update or correction. */
  modified: string;
  categories: { id: string; label: string; url: string }[];
  /** Who signs the briefing, with their page; none: the feed's author (the site). */
  authors?: { name: string; url: string }[];
};

export type FeedInput = {
  locale: Locale;
  title: string;
  description: string;
  /** Absolute URL of the page the feed follows (home or topic page). */
  homeUrl: string;
  /** Absolute URLs of this feed in each format it has (each names itself with rel="self"). */
  feedUrls: Partial<Record<FeedFormat, string>>;
  /** The WebSub hub the feed names (./websub.ts); none: no hub. */
  hub?: string;
  /** Absolute URL of the topics index: the scheme of item categories. */
  categoryScheme: string;
  /** YYYY-MM-DD of the newest change, or null for an empty feed. */
  updated: string | null;
  author: { name: string; url: string };
  logoUrl: string;
  items: FeedItemInput[];
};

/**
 * A date for the feed: the instant when the editor gave a time; for a bare
 * day, midnight UTC of it (the same day in UTC and in Riyadh, UTC+3).
 */
const day = (value: string) => {
  const parsed = parseDateTime(value);
  return parsed?.hasTime ? new Date(parsed.epoch) : new Date(`${calendarDay(value)}T00:00:00Z`);
};

/** Characters XML 1.0 forbids anywhere, even in CDATA. */
const xmlSafe = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

/**
 * `feed` writes RSS titles as CDATA and splits only the first `]]>` of a
 * value, so a second one would end the section early. A title is plain text;
 * a space keeps it readable and the XML well-formed.
 */
const cdataSafe = (s: string) => s.replace(/\]\]>/g, ']] >');

/**
 * The item as each format wants it. The `feed` package takes one item for
 * all three, but they disagree on text: Atom's `type="html"` title and
 * summary are HTML (so plain text must be escaped, or `<b>` in a headline
 * becomes markup); RSS `description` is HTML while its title is plain
 * text; JSON Feed's title and summary are plain text.
 */
function itemFor(format: FeedFormat, it: FeedItemInput, authorName: string): Item {
  const html = xmlSafe(it.html);
  const title = xmlSafe(it.title);
  const summary = xmlSafe(it.summary);
  const authors = it.authors?.length ? it.authors : null;
  const common = { link: it.url, date: day(it.modified), published: day(it.published), content: html };
  // Atom and JSON Feed name an item's authors; RSS's <author> is an e-mail
  // address, so RSS carries the byline in dc:creator instead.
  const byline = authors ? { author: authors.map((a) => ({ name: xmlSafe(a.name), link: a.url })) } : {};
  switch (format) {
    case 'rss':
      return {
        ...common,
        // No id/guid: `feed` then writes <guid isPermaLink="true">link</guid>.
        title: cdataSafe(title),
        description: escapeHtml(summary),
        category: it.categories.map((c) => ({ name: c.label, domain: c.url })),
        extensions: [{ name: 'dc:creator', objects: { _text: authors ? authors.map((a) => xmlSafe(a.name)).join(', ') : authorName } }],
      };
    case 'atom':
      return {
        ...common,
        ...byline,
        id: it.url,
        title: escapeHtml(title),
        description: escapeHtml(summary),
        category: it.categories.map((c) => ({ term: c.id, name: c.label })),
      };
    case 'json':
      return {
        ...common,
        ...byline,
        id: it.url,
        title,
        description: summary,
        category: it.categories.map((c) => ({ name: c.label })),
      };
  }
}

/** RSS 2.0, Atom 1.0 or JSON Feed 1.1 text of one feed. */
export function renderFeed(input: FeedInput, format: FeedFormat): string {
  const feed = new Feed({
    id: input.homeUrl,
    title: input.title,
    description: input.description,
    link: input.homeUrl,
    language: input.locale,
    updated: input.updated ? day(input.updated) : new Date(0),
    generator: false,
    image: input.logoUrl,
    favicon: input.logoUrl,
    copyright: `© ${input.author.name}`,
    feedLinks: input.feedUrls,
    ...(input.hub ? { hub: input.hub } : {}),
    author: { name: input.author.name, link: input.author.url },
  });
  for (const item of input.items) feed.addItem(itemFor(format, item, input.author.name));

  switch (format) {
    case 'rss':
      return feed.rss2();
    case 'atom':
      return withAtomLanguage(feed.atom1(), input.locale, input.categoryScheme);
    case 'json':
      return toJsonFeed11(feed.json1(), input.locale, input.author, new Map(input.items.filter((i) => i.authors?.length).map((i) => [i.url, i.authors!])), input.hub);
  }
}

/**
 * `feed` writes RSS <language> but nothing for Atom: declare it with
 * xml:lang on <feed>, which every entry inherits. The category scheme is
 * added here too (`feed` would run it through `new URL` per category).
 */
function withAtomLanguage(xml: string, locale: Locale, scheme: string): string {
  const root = '<feed xmlns="http://www.w3.org/2005/Atom">';
  if (!xml.includes(root)) throw new Error('feed: unexpected Atom root element; check the `feed` package version');
  return xml.replace(root, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`).replaceAll('<category ', `<category scheme="${escapeHtml(scheme)}" `);
}

/**
 * `feed` writes JSON Feed 1.0. Version 1.1 adds `language` (feed and
 * item) and `authors`; 1.1 readers read 1.0 fields too, so `author` stays.
 */
function toJsonFeed11(json: string, locale: Locale, author: { name: string; url: string }, bylines: ReadonlyMap<string, { name: string; url: string }[]> = new Map(), hub?: string): string {
  const data = JSON.parse(json) as Record<string, unknown> & { items: Record<string, unknown>[] };
  const authors = [{ name: author.name, url: author.url }];
  const { version: _v1, items, ...rest } = data;
  const out = {
    version: 'https://jsonfeed.org/version/1.1',
    ...rest,
    language: locale,
    authors,
    // JSON Feed 1.1's WebSub endpoints (`feed` writes none).
    ...(hub ? { hubs: [{ type: 'WebSub', url: hub }] } : {}),
    // An item keeps its byline (`feed` wrote its first author); others get the feed's.
    items: items.map((item) => ({ ...item, language: locale, authors: bylines.get(String(item.id)) ?? (item.author ? [item.author] : authors) })),
  };
  return JSON.stringify(out, null, 2);
}
