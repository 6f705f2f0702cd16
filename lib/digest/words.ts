import type { Locale } from '@/i18n/locales';
import { dayHeading } from '@/lib/format/day-groups';
import type { TextLabels } from './text-edition';

/**
 * A translator of the messages' `Digest` namespace: next-intl's
 * getTranslations in the app, createTranslator in scripts (the sender runs
 * outside Next), so both say the same words.
 */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The plain-text edition's words for a day. */
export function textLabels(t: Translate, site: string, day: string, locale: Locale): TextLabels {
  return { heading: t('textHeading', { site, date: dayHeading(day, locale) }), read: t('readText'), web: t('web') };
}
