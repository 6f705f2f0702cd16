import type { Locale } from '@/i18n/locales';

/** The fields the queries need; contentlayer's `Briefing` has them all. */
export type BriefingLike = {
  locale: string;
  slug: string;
  date: string;
  draft?: boolean;
  topics: string[];
};

export type Visibility = {
  /** Today's calendar date (YYYY-MM-DD) in the newsroom's time zone. */
  today: string;
  /** Show drafts and scheduled briefings too (`next dev`, never production). */
  preview: boolean;
};

export type PublicationState = 'published' | 'draft' | 'scheduled';

export function publicationState(b: BriefingLike, today: string): PublicationState {
  if (b.draft === true) return 'draft';
  return b.date.slice(0, 10) > today ? 'scheduled' : 'published';
}

export function isVisible(b: BriefingLike, v: Visibility): boolean {
  return v.preview || publicationState(b, v.today) === 'published';
}

/** Newest first; the slug breaks ties so the order is stable. */
export function byDateDesc(a: BriefingLike, b: BriefingLike): number {
  return b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug);
}

export function visibleIn<T extends BriefingLike>(all: readonly T[], locale: Locale, v: Visibility): T[] {
  return all.filter((b) => b.locale === locale && isVisible(b, v)).sort(byDateDesc);
}

export function findBriefing<T extends BriefingLike>(
  all: readonly T[],
  locale: string,
  slug: string,
  v: Visibility,
): T | null {
  return all.find((b) => b.locale === locale && b.slug === slug && isVisible(b, v)) ?? null;
}

/** The same briefing in other languages, by locale; only visible ones. */
export function translationsOf<T extends BriefingLike>(
  all: readonly T[],
  briefing: BriefingLike,
  v: Visibility,
): Partial<Record<string, T>> {
  const out: Partial<Record<string, T>> = {};
  for (const b of all) {
    if (b.slug === briefing.slug && b.locale !== briefing.locale && isVisible(b, v)) out[b.locale] = b;
  }
  return out;
}
