import { allBriefings, topicList, type Briefing } from 'contentlayer/generated';
import { siteTimeZone, type Locale } from '@/i18n/locales';
import { calendarDateIn } from './dates';
import { findBriefing, publicationState, translationsOf, visibleIn, type Visibility } from './select';

export type { Briefing };
export type Topic = { id: string; label: Record<Locale, string> };

/**
 * Drafts and scheduled briefings are visible in `next dev` only. A production
 * build decides once, at build time, which briefings are out: a scheduled
 * one appears with the first build on or after its date.
 */
function visibility(): Visibility {
  return {
    today: calendarDateIn(siteTimeZone),
    preview: process.env.NODE_ENV === 'development' || process.env.MAWJAZ_PREVIEW === '1',
  };
}

export function getBriefings(locale: Locale): Briefing[] {
  return visibleIn(allBriefings, locale, visibility());
}

export function getBriefing(locale: string, slug: string): Briefing | null {
  return findBriefing(allBriefings, locale, slug, visibility());
}

export function getTranslations(briefing: Briefing): Partial<Record<Locale, Briefing>> {
  return translationsOf(allBriefings, briefing, visibility());
}

export function getState(briefing: Briefing) {
  return publicationState(briefing, visibility().today);
}

export function getTopics(): Topic[] {
  return topicList.topics.map((t) => ({ id: t.id, label: t.label as Record<Locale, string> }));
}

export function getTopic(id: string): Topic | null {
  return getTopics().find((t) => t.id === id) ?? null;
}

export function getBriefingsByTopic(locale: Locale, topicId: string): Briefing[] {
  return getBriefings(locale).filter((b) => b.topics.includes(topicId));
}
