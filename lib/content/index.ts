import { locales, siteTimeZone, type Locale } from '@/i18n/locales';
import { briefingIndex, getBriefings } from './lists';
import { getBriefingsByTopic } from './topics';
import { readingTimeOf, type ReadingTime } from '@/lib/format/reading-time';
import {
  neighboursOf,
  pageCount,
  paginate,
  publicationState,
  byDateDesc,
  relatedTo,
  latestBesides,
  type Page,
} from './select';

import { readBody, readBodyText, readBriefings, readPreviewBroken, readPreviewProblems, type Briefing, type BriefingBody } from './build-files';
import type { Diagnostic } from './check/diagnostic';
import { newerTwin } from './translation';
export { formatDiagnostic } from './check/diagnostic';
import { PRERENDER_NEWEST, visibility } from './visibility';
import { calendarDateIn } from './dates';
import { liveState } from './live';
export { lastUpdated, pageOfUpdate, updatePageCount, updatesOnPage, UPDATES_PER_PAGE, type LiveUpdate } from './live';

export type { Briefing, BriefingBody, Diagnostic, Page };
export type { PublicationState } from './select';
export type { MdxComponentName } from './schema';
export { latestDay, modifiedDay, modifiedInstant, publicationInstant } from './select';
export * from './newsroom';
export * from './topics';
export { getBriefings } from './lists';

/** Briefings per list page: the home page, the archive and topic pages. */
export const PAGE_SIZE = 10;
/** Related briefings shown under a briefing. */
export const RELATED_LIMIT = 3;
/**
 * Pages of each list (archive, topic) that `next build` prerenders: those
 * that hold the prerendered briefings, and at least the first. Later pages
 * render on their first request and are cached, like older briefings, so
 * list pages too stop growing the build with the archive.
 */
export const PRERENDER_LIST_PAGES = Math.max(1, Math.ceil(PRERENDER_NEWEST / PAGE_SIZE));
/** Items per feed: the newest ones (feeds carry full bodies). */
export const FEED_LIMIT = 20;

export { PRERENDER_NEWEST };

/** The briefings `next build` prerenders in a language: the newest PRERENDER_NEWEST. */
export function getPrerenderedBriefings(locale: Locale): Briefing[] {
  return getBriefings(locale).slice(0, PRERENDER_NEWEST);
}

/** A briefing's compiled MDX body: its own generated file, or compiled from its source (never with the archive). */
export function getBriefingBody(briefing: Briefing): BriefingBody | null {
  return readBody(briefing);
}

/** A briefing's MDX source text, uncompiled: what search reads. */
export function getBriefingSource(briefing: Briefing): string | null {
  return readBodyText(briefing);
}

/**
 * Today in the site's time zone: the day a page is rendered on (see
 * lib/format/day-groups.ts). A page rendered on an earlier day is rendered
 * again after midnight (lib/clock/schedule.mjs).
 */
export function getToday(): string {
  return calendarDateIn(siteTimeZone, new Date(visibility().now));
}

export function getBriefing(locale: string, slug: string): Briefing | null {
  return briefingIndex().find(locale, slug);
}

/**
 * In the preview (`npm run dev`), what the content check says about a
 * briefing's file when it has errors: its page shows them instead of the
 * briefing. Always empty in production, where such a file never builds.
 */
export function getPreviewProblems(locale: string, slug: string): Diagnostic[] {
  return readPreviewProblems(`briefings/${locale}/${slug}.mdx`);
}

/**
 * In the preview, the briefings whose files have errors, in one language:
 * they are left out of the lists, so every page names them. Empty in production.
 */
export function getPreviewBroken(locale: Locale): { slug: string; file: string }[] {
  return readPreviewBroken()
    .map((id) => id.split('/'))
    .filter(([, l]) => l === locale)
    .map(([, l, name]) => ({ slug: name!.replace(/\.mdx$/, ''), file: `content/briefings/${l}/${name}` }));
}

/** The same briefing in the other languages (its twins), by locale. */
export function getTwins(briefing: Briefing): Partial<Record<Locale, Briefing>> {
  return briefingIndex().translations(briefing);
}

/**
 * A version in another language revised after this one (./translation.ts
 * says how that is decided), for the notice on the older page; null when
 * none is. Only published twins count, as for getTwins.
 */
export function getNewerTwin(briefing: Briefing): { twin: Briefing; revised: string } | null {
  return newerTwin(briefing, Object.values(getTwins(briefing)).filter((b): b is Briefing => b !== undefined));
}

/** The languages a briefing exists in, in table order (its own included). */
export function getBriefingLocales(briefing: Briefing): Locale[] {
  const twins = getTwins(briefing);
  return locales.filter((l) => l === briefing.locale || twins[l] !== undefined);
}

/** Where a live briefing's coverage stands now (lib/content/live.ts); null for any other briefing. */
export function getLiveState(briefing: Pick<Briefing, 'live' | 'updates'>) {
  return liveState(briefing, visibility().now);
}

export function getState(briefing: Briefing) {
  return publicationState(briefing, visibility().now);
}

const indexedCache = new WeakMap<readonly Briefing[], Map<string, Briefing[]>>();

/**
 * What search indexes in a language: every briefing that is or will be
 * published (drafts only in preview), newest first. The index is built once
 * per build from these, with each one's publication instant, and a query
 * keeps only those published at the time it is asked (lib/search), so the
 * index never has to be rebuilt when a scheduled briefing comes out.
 */
export function getIndexedBriefings(locale: Locale): Briefing[] {
  const all = readBriefings();
  const preview = visibility().preview;
  let lists = indexedCache.get(all);
  if (!lists) indexedCache.set(all, (lists = new Map()));
  const key = `${locale}|${preview}`;
  let list = lists.get(key);
  if (!list) {
    list = all.filter((b) => b.locale === locale && (preview || b.draft !== true)).sort(byDateDesc);
    lists.set(key, list);
  }
  return list;
}

/** Whether the briefings' publication is decided by the clock (false in preview, which shows everything). */
export function publicationFilter(): { now: number } | null {
  const v = visibility();
  return v.preview ? null : { now: v.now };
}

/** Page `page` of a language's archive (page 1 is the home page). */
export function getArchivePage(locale: Locale, page: number): Page<Briefing> | null {
  return paginate(getBriefings(locale), page, PAGE_SIZE);
}

export function getTopicPage(locale: Locale, topicId: string, page: number): Page<Briefing> | null {
  const list = getBriefingsByTopic(locale, topicId);
  return list.length === 0 ? null : paginate(list, page, PAGE_SIZE);
}

export function getArchivePageCount(locale: Locale): number {
  return pageCount(getBriefings(locale).length, PAGE_SIZE);
}

export function getTopicPageCount(locale: Locale, topicId: string): number {
  return pageCount(getBriefingsByTopic(locale, topicId).length, PAGE_SIZE);
}

/** Related briefings, never one of `besides` (the newer and older links shown beside them). */
export function getRelated(briefing: Briefing, besides: readonly (Briefing | null)[] = []): Briefing[] {
  const shown = new Set(besides.filter((b): b is Briefing => b !== null).map((b) => b.slug));
  return relatedTo(getBriefings(briefing.locale as Locale), briefing, RELATED_LIMIT, shown);
}

/** Briefings in a briefing page's rail of latest ones. */
export const LATEST_LIMIT = 4;

/** The newest briefings of the language, never the briefing itself nor any of `besides` (the related ones shown above them). */
export function getLatestBesides(briefing: Briefing, besides: readonly Briefing[] = []): Briefing[] {
  const shown = new Set([briefing.slug, ...besides.map((b) => b.slug)]);
  return latestBesides(getBriefings(briefing.locale as Locale), shown, LATEST_LIMIT);
}

export function getNeighbours(briefing: Briefing): { newer: Briefing | null; older: Briefing | null } {
  return neighboursOf(getBriefings(briefing.locale as Locale), briefing.slug);
}

/** The newest briefings of a feed's scope: a language, or a topic in it. */
export function getFeedBriefings(locale: Locale, topicId?: string): Briefing[] {
  const list = topicId ? getBriefingsByTopic(locale, topicId) : getBriefings(locale);
  return list.slice(0, FEED_LIMIT);
}


/** Reading time of a briefing's dek and body, at its language's speed (words counted at build time). */
export function getReadingTime(briefing: Briefing): ReadingTime {
  return readingTimeOf(briefing.words, briefing.locale as Locale);
}
