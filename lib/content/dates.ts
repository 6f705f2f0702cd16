import { DATE_PATTERN } from './schema';
import { calendarDay } from '../format/date';

/**
 * A calendar date as editors write it: `YYYY-MM-DD`. Returns null for a
 * malformed or impossible date (2026-02-30), which `new Date()` would
 * silently roll over into March.
 */
export function parseCalendarDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : calendarDay(value.toISOString());
  if (typeof value !== 'string') return null;
  const match = DATE_PATTERN.exec(value.trim());
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return value.trim();
}

// Every page of a build asks for today's date: build each formatter once.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's calendar date in a time zone, as `YYYY-MM-DD`. */
export function calendarDateIn(timeZone: string, now: Date = new Date()): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD; the numbering system is pinned to Latin.
    format = new Intl.DateTimeFormat('en-CA-u-nu-latn', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(now);
}
