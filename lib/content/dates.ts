import { now as clockNow } from '../clock/clock.mjs';
import { calendarDay, parseDateTime, type DateTimeValue } from '../format/date';

/**
 * A date as editors write it: `YYYY-MM-DD`, or a day with a time and its
 * UTC offset, `2026-01-28T14:05+03:00`. Returns the calendar day in the
 * site's time zone, or null for a malformed or impossible date (2026-02-30,
 * 25:00), which `new Date()` would silently roll over.
 */
export function parseCalendarDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : calendarDay(value.toISOString());
  if (typeof value !== 'string') return null;
  return parseDateTime(value.trim()) ? calendarDay(value.trim()) : null;
}

/** The full parse of an editor's date (day, whether it has a time, the instant), or null. */
export function parseEditorDate(value: unknown): DateTimeValue | null {
  return typeof value === 'string' ? parseDateTime(value.trim()) : null;
}

// Every page of a build asks for today's date: build each formatter once.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's calendar date in a time zone, as `YYYY-MM-DD`. */
export function calendarDateIn(timeZone: string, now: Date = new Date(clockNow())): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD; the numbering system is pinned to Latin.
    format = new Intl.DateTimeFormat('en-CA-u-nu-latn', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(now);
}
