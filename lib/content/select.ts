import type { Locale } from '@/i18n/locales';
import { calendarDay, instantOf, machineDate } from '@/lib/format/date';

/** The fields the queries need; contentlayer's `Briefing` has them all. */
export type BriefingLike = {
  locale: string;
  slug: string;
  date: string;
  updated?: string;
  draft?: boolean;
  topics: string[];
  corrections?: readonly { date: string }[];
  /** A live briefing's updates (newest first): each one changes it too. */
  updates?: readonly { time: string }[];
};

export type Visibility = {
  /** The instant to decide at (ms since the epoch): lib/clock/clock.mjs's `now()`. */
  now: number;
  /** Show drafts and scheduled briefings too (`next dev`, never production). */
  preview: boolean;
};

export type PublicationState = 'published' | 'draft' | 'scheduled';

/**
 * A briefing is published from its instant on, to the millisecond: the time
 * and offset the editor wrote, or 00:00 in the site's time zone for a
 * day-only date (lib/format/date.ts's instantOf). Before it, it is scheduled.
 */
export function publicationState(b: BriefingLike, now: number): PublicationState {
  if (b.draft === true) return 'draft';
  return publicationInstant(b) > now ? 'scheduled' : 'published';
}

/** When a briefing is published (ms since the epoch); NaN for a date that is not one (the content check rejects those). */
export function publicationInstant(b: Pick<BriefingLike, 'date'>): number {
  return instantOf(b.date);
}

export function isVisible(b: BriefingLike, v: Visibility): boolean {
  return v.preview || publicationState(b, v.now) === 'published';
}

/**
 * Pure: how many of `instants` (sorted ascending) are at or before `now`.
 * Lists are cached by this count: the visible set changes only when a
 * publication instant passes, not with every millisecond.
 */
export function passedCount(instants: readonly number[], now: number): number {
  let lo = 0;
  let hi = instants.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (instants[mid]! <= now) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Newest first, by instant (a day without a time counts from its midnight
 * in the site's zone); the slug breaks ties so the order is stable.
 */
export function byDateDesc(a: BriefingLike, b: BriefingLike): number {
  return instantOf(b.date) - instantOf(a.date) || b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug);
}

export function visibleIn<T extends BriefingLike>(all: readonly T[], locale: Locale, v: Visibility): T[] {
  return all.filter((b) => b.locale === locale && isVisible(b, v)).sort(byDateDesc);
}

/** Visible briefings by slug, then by language: constant-time lookups for pages. */
export type BriefingIndex<T extends BriefingLike> = {
  find(locale: string, slug: string): T | null;
  /** The same briefing in the other languages, by locale. */
  translations(briefing: BriefingLike): Partial<Record<string, T>>;
};

export function indexVisible<T extends BriefingLike>(all: readonly T[], v: Visibility): BriefingIndex<T> {
  const bySlug = new Map<string, Map<string, T>>();
  for (const b of all) {
    if (!isVisible(b, v)) continue;
    let versions = bySlug.get(b.slug);
    if (!versions) bySlug.set(b.slug, (versions = new Map()));
    versions.set(b.locale, b);
  }
  return {
    find: (locale, slug) => bySlug.get(slug)?.get(locale) ?? null,
    translations: (briefing) => {
      const out: Partial<Record<string, T>> = {};
      for (const [locale, b] of bySlug.get(briefing.slug) ?? []) if (locale !== briefing.locale) out[locale] = b;
      return out;
    },
  };
}

/**
 * When a briefing last changed, as written: the latest of `date`, `updated`,
 * its corrections' dates (a correction changes the text) and, for a live
 * briefing, its newest update's time.
 */
function lastChange(b: BriefingLike): string {
  let latest = b.date;
  for (const value of [b.updated, ...(b.corrections ?? []).map((c) => c.date), b.updates?.[0]?.time]) {
    if (!value) continue;
    // A day counts from its midnight in the site's zone, so a time later
    // that day wins over the bare day.
    if (instantOf(value) > instantOf(latest)) latest = value;
  }
  return latest;
}

/** The calendar day a briefing last changed: `updated` or a correction when later, else `date`. */
export function modifiedDay(b: BriefingLike): string {
  return calendarDay(lastChange(b));
}

/**
 * When a briefing last changed, for machines (JSON-LD dateModified, feeds,
 * sitemaps): the full instant when the editor gave a time, else the day.
 */
export function modifiedInstant(b: BriefingLike): string {
  return machineDate(lastChange(b));
}

/** The latest `modifiedDay` of a list, or null for an empty one. */
export function latestDay(list: readonly BriefingLike[]): string | null {
  let latest: string | null = null;
  for (const b of list) {
    const day = modifiedDay(b);
    if (latest === null || day > latest) latest = day;
  }
  return latest;
}

export type Page<T> = {
  items: T[];
  /** 1-based. */
  page: number;
  pageCount: number;
};

/** How many pages a list of `total` items fills; an empty list still has page 1. */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/**
 * One page of an ordered list (the order is the caller's: date, then slug).
 * Null for a page that does not exist, so the route can 404.
 */
export function paginate<T>(list: readonly T[], page: number, size: number): Page<T> | null {
  const count = pageCount(list.length, size);
  if (!Number.isInteger(page) || page < 1 || page > count) return null;
  return { items: list.slice((page - 1) * size, page * size), page, pageCount: count };
}

/**
 * The first `limit` briefings of `list` (newest first already) whose slug is
 * not in `besides`: the briefing page's rail of latest briefings, which must
 * not repeat the page itself or the related ones above it. Stops as soon as
 * it has `limit`, so it costs the same on a 20,000-briefing archive.
 */
export function latestBesides<T extends { slug: string }>(list: readonly T[], besides: ReadonlySet<string>, limit: number): T[] {
  const out: T[] = [];
  for (const b of list) {
    if (out.length >= limit) break;
    if (!besides.has(b.slug)) out.push(b);
  }
  return out;
}

/**
 * Briefings that share topics with `briefing`, most shared topics first,
 * then newest; never the briefing itself. `list` is one language's visible
 * briefings.
 */
export function relatedTo<T extends BriefingLike>(
  list: readonly T[],
  briefing: BriefingLike,
  limit: number,
  /** Slugs linked elsewhere on the page (newer, older): left out before counting to the limit. */
  besides: ReadonlySet<string> = new Set(),
): T[] {
  const topics = new Set(briefing.topics);
  const rank = (x: { b: T; shared: number }, y: { b: T; shared: number }) => y.shared - x.shared || byDateDesc(x.b, y.b);
  // The best `limit` in one pass: a briefing page renders this over the
  // whole language, and sorting every briefing that shares a topic cost
  // 125 ms a page at 10,000 briefings (npm run bench:scale).
  const best: { b: T; shared: number }[] = [];
  for (const b of list) {
    if (b.slug === briefing.slug || besides.has(b.slug)) continue;
    let shared = 0;
    for (const t of b.topics) if (topics.has(t)) shared++;
    if (shared === 0) continue;
    const x = { b, shared };
    let i = best.length;
    while (i > 0 && rank(x, best[i - 1]!) < 0) i--;
    if (i >= limit) continue;
    best.splice(i, 0, x);
    if (best.length > limit) best.pop();
  }
  return best.map((x) => x.b);
}

/**
 * The briefings just before and after one in time, in the stable order of
 * `byDateDesc`: `newer` comes before it in the list, `older` after it.
 */
export function neighboursOf<T extends BriefingLike>(list: readonly T[], slug: string): { newer: T | null; older: T | null } {
  const i = list.findIndex((b) => b.slug === slug);
  if (i < 0) return { newer: null, older: null };
  return { newer: list[i - 1] ?? null, older: list[i + 1] ?? null };
}

/** How many briefings of `list` carry each topic id (0 for none). */
export function countByTopic(list: readonly BriefingLike[], topicIds: readonly string[]): Map<string, number> {
  const counts = new Map(topicIds.map((id) => [id, 0]));
  for (const b of list) for (const t of new Set(b.topics)) if (counts.has(t)) counts.set(t, counts.get(t)! + 1);
  return counts;
}
