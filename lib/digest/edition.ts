import { calendarDay } from '@/lib/format/date';

/**
 * The Daily Brief, as pure functions: a language's briefings cut into
 * editions, one per calendar day in the site's time zone. The page, the
 * plain-text edition, the feed of editions and the email all take their
 * items from `editionsOf`, so they cannot disagree on which briefings a day
 * has or in which order.
 */

/** YYYY-MM-DD that names a real day (2026-02-30 does not). */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isEditionDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

export type Edition<T> = {
  /** YYYY-MM-DD in the site's time zone. */
  day: string;
  /** That day's briefings, newest first (the order given). */
  items: T[];
  /** The next day with an edition, or null for the latest. */
  newer: string | null;
  /** The day before with an edition, or null for the first. */
  older: string | null;
};

/**
 * Every edition of a list of briefings, newest first. `briefings` must be
 * newest first (lib/content's lists are): a day's items keep that order.
 * An instant counts on its day in `timeZone` (23:30 UTC is the next day in
 * Riyadh); a date-only briefing on the day written.
 */
export function editionsOf<T extends { date: string }>(briefings: readonly T[], timeZone: string): Edition<T>[] {
  const byDay = new Map<string, T[]>();
  for (const b of briefings) {
    const day = calendarDay(b.date, timeZone);
    const list = byDay.get(day);
    if (list) list.push(b);
    else byDay.set(day, [b]);
  }
  // A list sorted by instant can still put a timed briefing late on day D
  // (in UTC terms) after one of day D+1 in Riyadh: sort the days themselves.
  const days = [...byDay.keys()].sort().reverse();
  return days.map((day, i) => ({ day, items: byDay.get(day)!, newer: days[i - 1] ?? null, older: days[i + 1] ?? null }));
}

/** The edition of one day, or null when that day has no briefing (or is not a day). */
export function editionOn<T>(editions: readonly Edition<T>[], day: string): Edition<T> | null {
  if (!isEditionDay(day)) return null;
  return editions.find((e) => e.day === day) ?? null;
}
