import type { Locale } from '@/i18n/locales';
import type { FeedInput } from '@/lib/feeds/feeds';
import { escapeHtml } from '@/lib/format/escape-html';
import { dayHeading } from '@/lib/format/day-groups';
import { feedFormats, paths, type FeedFormat } from '@/lib/routing/paths';
import { absoluteUrl } from '@/lib/site/url';
import type { EditionView } from './index';
import type { Translate } from './words';

/** Editions per feed: the newest ones. */
export const EDITION_FEED_LIMIT = 14;

/** An edition as feed HTML: the same items, order and links as the page. */
export function editionHtml(edition: Pick<EditionView, 'entries' | 'dir' | 'locale'>): string {
  const items = edition.entries.map((e) => {
    const points = e.keyPoints.length ? `<ul>${e.keyPoints.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>` : '';
    return `<li><h2><a href="${escapeHtml(e.url)}">${escapeHtml(e.title)}</a></h2><p>${escapeHtml(e.summary)}</p>${points}</li>`;
  });
  // Like the briefings' feeds: the language and direction on the entry's outermost element.
  return `<div lang="${edition.locale}" dir="${edition.dir}"><ol>${items.join('')}</ol></div>`;
}

/** The feed of editions of one language: one entry per day, newest first. */
export function editionFeedInput(locale: Locale, editions: EditionView[], words: { t: Translate; site: string; tagline: string; logoUrl: string }, base: string): FeedInput {
  const { t, site } = words;
  const home = absoluteUrl(paths.digest(locale), base);
  return {
    locale,
    title: t('feedTitle', { site }),
    description: t('description', { site }),
    homeUrl: home,
    feedUrls: Object.fromEntries(feedFormats.map((f) => [f, absoluteUrl(paths.digestFeed(locale, f), base)])) as Record<FeedFormat, string>,
    categoryScheme: absoluteUrl(paths.topics(locale), base),
    updated: editions[0]?.day ?? null,
    author: { name: site, url: absoluteUrl(paths.home(locale), base) },
    logoUrl: words.logoUrl,
    items: editions.map((e) => ({
      url: e.url,
      title: t('feedItemTitle', { date: dayHeading(e.day, locale) }),
      summary: e.entries.map((x) => x.title).join(' · '),
      html: editionHtml(e),
      published: e.day,
      modified: e.day,
      // The topics of the day's briefings, each once, in order of appearance.
      categories: [...new Map(e.entries.flatMap((x) => x.topics).map((t) => [t.id, t])).values()],
    })),
  };
}
