import { localeInfo, siteTimeZone, type Locale } from '@/i18n/locales';
import { getBriefings, getBriefingSource, getPrerenderedBriefings, getLiveState, getTopicsOf, type Briefing } from '@/lib/content';
import { calendarDay } from '@/lib/format/date';
import { paths } from '@/lib/routing/paths';
import { absoluteUrl, siteUrl } from '@/lib/site/url';
import { editionOn, editionsOf, type Edition } from './edition';
import { keyPointsOf } from './key-points';

/**
 * The Daily Brief's queries: what the edition pages, the .txt edition, the
 * feeds of editions, the sitemap and the email (lib/newsletter) read. One
 * list of entries per edition, with absolute URLs, so every form carries
 * the same items in the same order.
 */

export type EditionEntry = {
  slug: string;
  title: string;
  summary: string;
  keyPoints: string[];
  /** Absolute URL of the briefing page. */
  url: string;
  /** The briefing's date as written (day or instant). */
  date: string;
  /** Its topics, labelled in the edition's language, with absolute URLs (the feed's categories). */
  topics: { id: string; label: string; url: string }[];
  /** A live briefing whose coverage still runs: marked live, as in every list (issue 24). */
  live?: boolean;
};

export type EditionView = {
  locale: Locale;
  dir: 'rtl' | 'ltr';
  day: string;
  /** Absolute URLs of the edition's page and its plain text. */
  url: string;
  textUrl: string;
  entries: EditionEntry[];
  newer: string | null;
  older: string | null;
};

// Editions are cut once per visible list (lib/content caches a list until a
// publication instant passes, so a new list means new editions).
const cache = new WeakMap<readonly Briefing[], Edition<Briefing>[]>();

export function getEditions(locale: Locale): Edition<Briefing>[] {
  const list = getBriefings(locale);
  let editions = cache.get(list);
  if (!editions) cache.set(list, (editions = editionsOf(list, siteTimeZone)));
  return editions;
}

/** The days that have an edition, newest first. */
export function getEditionDays(locale: Locale): string[] {
  return getEditions(locale).map((e) => e.day);
}

/** The days `next build` prerenders: those of the prerendered briefings. Older editions render on their first request. */
export function getPrerenderedEditionDays(locale: Locale): string[] {
  return [...new Set(getPrerenderedBriefings(locale).map((b) => calendarDay(b.date, siteTimeZone)))];
}

export function getLatestEditionDay(locale: Locale): string | null {
  return getEditions(locale)[0]?.day ?? null;
}

function entryOf(b: Briefing, locale: Locale, base: string): EditionEntry {
  return {
    slug: b.slug,
    title: b.title,
    summary: b.summary,
    keyPoints: keyPointsOf(getBriefingSource(b) ?? ''),
    url: absoluteUrl(paths.briefing(locale, b.slug), base),
    date: b.date,
    topics: getTopicsOf(b).map((t) => ({ id: t.id, label: t.label[locale], url: absoluteUrl(paths.topic(locale, t.id), base) })),
    live: getLiveState(b) === 'live',
  };
}

/** One day's edition with everything every form shows, or null when the day has no briefing. */
export function getEdition(locale: Locale, day: string, base: string = siteUrl()): EditionView | null {
  const edition = editionOn(getEditions(locale), day);
  if (!edition) return null;
  return {
    locale,
    dir: localeInfo(locale).dir,
    day,
    url: absoluteUrl(paths.edition(locale, day), base),
    textUrl: absoluteUrl(paths.editionText(locale, day), base),
    entries: edition.items.map((b) => entryOf(b, locale, base)),
    newer: edition.newer,
    older: edition.older,
  };
}
