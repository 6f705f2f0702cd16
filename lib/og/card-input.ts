import { createHash } from 'node:crypto';
import { localeInfo, type Locale } from '@/i18n/locales';
import type { Briefing, Topic } from '@/lib/content';
import { formatDate } from '@/lib/format/date';
import type { ShareCardInput, ShareFormat } from './share-card';

/** Bump when the card's design changes, so every image gets a new URL. */
export const CARD_VERSION = 1;

export function briefingCard(briefing: Briefing, locale: Locale, topic: Topic | null, format: ShareFormat = 'wide'): ShareCardInput {
  return {
    ...(format === 'wide' ? {} : { format }),
    title: briefing.title,
    locale,
    dir: localeInfo(locale).dir,
    date: formatDate(briefing.updated ?? briefing.date, locale) ?? '',
    topic: topic?.label[locale],
    source: briefing.sources.map((s) => s.name).join(' · '),
  };
}

export function pageCard(title: string, locale: Locale, eyebrow?: string): ShareCardInput {
  return { title, locale, dir: localeInfo(locale).dir, date: '', topic: eyebrow };
}

/**
 * The image's id in its URL: a hash of everything drawn on it. When a
 * briefing changes, its image URL changes, so a CDN may keep each image
 * forever (the responses are immutable).
 */
export function shareImageId(input: ShareCardInput): string {
  // The wide card's ids are those of before the other shapes existed.
  const drawn = [CARD_VERSION, input.locale, input.dir, input.title, input.date, input.topic ?? '', input.source ?? '', ...(input.format && input.format !== 'wide' ? [input.format] : [])];
  return createHash('sha256').update(JSON.stringify(drawn)).digest('hex').slice(0, 12);
}
