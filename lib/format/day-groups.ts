import { localeInfo, type Locale } from '@/i18n/locales';
import { calendarDay } from './date';

/** Briefings of one calendar day, under its heading. */
export type DayGroup<T> = {
  /** YYYY-MM-DD, in the site's time zone. */
  day: string;
  /** "Today", "Yesterday", or null for any other day. */
  relative: string | null;
  /** "Wednesday 28 January 2026" / "الأربعاء 28 يناير 2026". */
  date: string;
  items: T[];
};

const DAY_MS = 86_400_000;

function utcDay(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** Whole days from `day` to `today` (both YYYY-MM-DD): 0 today, 1 yesterday. */
export function daysBefore(day: string, today: string): number {
  return Math.round((utcDay(today) - utcDay(day)) / DAY_MS);
}

/**
 * "Today" / "اليوم" and "Yesterday" / "أمس" from Intl (numeric: 'auto'), with
 * an upper-case first letter for scripts that have one; null for other days.
 */
export function relativeDayLabel(day: string, today: string, locale: Locale): string | null {
  const diff = daysBefore(day, today);
  if (diff !== 0 && diff !== 1) return null;
  const { intl } = localeInfo(locale);
  const word = new Intl.RelativeTimeFormat(intl, { numeric: 'auto' }).format(-diff, 'day');
  return word.charAt(0).toLocaleUpperCase(intl) + word.slice(1);
}

/** A day heading's date: weekday, day, month and year. */
export function dayHeading(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(localeInfo(locale).intl, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(utcDay(day)));
}

/**
 * Briefings grouped by the day they were published, in the order given
 * (newest first), each group labelled in the page's language.
 *
 * `today` is the day the page is rendered on. The home and topic pages are
 * prerendered, and every cached page is rendered again on its first request
 * after midnight in the site's time zone (lib/clock/schedule.mjs), which
 * moves "today" to "yesterday"; every heading also shows its full date, so
 * a copy kept by a cache further out is never wrong about which day it means.
 */
export function groupByDay<T extends { date: string }>(items: readonly T[], today: string, locale: Locale, timeZone: string): DayGroup<T>[] {
  const groups: DayGroup<T>[] = [];
  for (const item of items) {
    const day = calendarDay(item.date, timeZone);
    const last = groups.at(-1);
    if (last && last.day === day) last.items.push(item);
    else groups.push({ day, relative: relativeDayLabel(day, today, locale), date: dayHeading(day, locale), items: [item] });
  }
  return groups;
}
