import { localeInfo, siteTimeZone, type Locale } from '@/i18n/locales';
import { zoneOffsetMs } from '../clock/zone.mjs';

/**
 * Publication dates are calendar days (YYYY-MM-DD) or instants with a UTC
 * offset (2026-01-28T14:05+03:00). A day is formatted in UTC so that no
 * time zone can move it to the day before; an instant is shown in the
 * site's time zone (siteTimeZone), with that zone's name. The numbering
 * system comes from the locale table's Intl tag.
 */
const DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const MONTH = /^(\d{4})-(\d{2})$/;

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(localeInfo(locale).intl, { ...options, timeZone: 'UTC' });
    cache.set(key, f);
  }
  return f;
}

/** "28 January 2026" / "28 يناير 2026"; null for something that is not a date. */
export function formatDate(value: string, locale: Locale): string | null {
  const m = DAY.exec(calendarDay(value));
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime())) return null;
  return formatter(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** A date of a timeline event: a day (YYYY-MM-DD) or a month (YYYY-MM). */
export function formatEventDate(value: string, locale: Locale): string | null {
  const m = MONTH.exec(value);
  if (m) {
    const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
    return formatter(locale, { month: 'long', year: 'numeric' }).format(date);
  }
  return formatDate(value, locale);
}

/**
 * A date as editors write it: a day, `2026-01-28`, or a day with a time and
 * its UTC offset, `2026-01-28T14:05+03:00` (seconds and `Z` allowed). A time
 * without an offset names no instant, so it is not a date-time here.
 */
export const DATE_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/;

export type DateTimeValue = {
  /** The day as written (in the writer's offset). */
  writtenDay: string;
  /** Whether a time of day was given; false for a date-only value. */
  hasTime: boolean;
  /** Milliseconds since the epoch; a date-only value is midnight in the site's zone. */
  epoch: number;
  /** For machines: `2026-01-28`, or `2026-01-28T14:05:00+03:00` keeping the writer's offset. */
  iso: string;
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Parses a date or date-time; null for anything malformed or impossible
 * (2026-02-30, 24:00, an offset past ±14:00), which `new Date()` would roll
 * over or guess at.
 */
export function parseDateTime(value: string, timeZone: string = siteTimeZone): DateTimeValue | null {
  const m = DATE_TIME_PATTERN.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dayMs = Date.UTC(y, mo - 1, d);
  const check = new Date(dayMs);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  const writtenDay = `${m[1]}-${m[2]}-${m[3]}`;
  if (m[4] === undefined) {
    return { writtenDay, hasTime: false, epoch: dayMs - zoneOffsetMs(dayMs, timeZone), iso: writtenDay };
  }
  const [h, min, sec] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (h > 23 || min > 59 || sec > 59) return null;
  const zone = m[7]!;
  let offsetMinutes = 0;
  if (zone !== 'Z') {
    const digits = zone.replace(':', '');
    const oh = Number(digits.slice(1, 3));
    const om = Number(digits.slice(3, 5));
    if (oh > 14 || om > 59 || (oh === 14 && om > 0)) return null;
    offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (oh * 60 + om);
  }
  const epoch = dayMs + ((h * 60 + min) * 60 + sec) * 1000 - offsetMinutes * 60_000;
  const offset = zone === 'Z' ? 'Z' : `${zone[0]}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  return { writtenDay, hasTime: true, epoch, iso: `${writtenDay}T${pad(h)}:${pad(min)}:${pad(sec)}${offset}` };
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayIn(epoch: number, timeZone: string): string {
  let f = dayFormats.get(timeZone);
  if (!f) {
    // en-CA formats as YYYY-MM-DD; the numbering system is pinned to Latin.
    f = new Intl.DateTimeFormat('en-CA-u-nu-latn', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, f);
  }
  return f.format(new Date(epoch));
}

/**
 * The calendar day of a date or an instant: `2026-01-28` stays as it is; an
 * instant (`2026-01-28T23:30+00:00`, or contentlayer's
 * `2026-01-28T00:00:00.000Z`) becomes its day in the site's time zone
 * (`2026-01-29` in Riyadh). The one place that cuts a date to its day, for
 * day comparisons, publication states and lists.
 */
export function calendarDay(value: string, timeZone: string = siteTimeZone): string {
  const parsed = parseDateTime(value, timeZone);
  if (!parsed) return value.slice(0, 10);
  return parsed.hasTime ? dayIn(parsed.epoch, timeZone) : parsed.writtenDay;
}

/**
 * What machines get (`<time datetime>`, JSON-LD, feeds, sitemaps): the day
 * for a date-only value, the full instant with its offset otherwise.
 */
export function machineDate(value: string): string {
  return parseDateTime(value)?.iso ?? value.slice(0, 10);
}

/** Milliseconds since the epoch, for ordering; a date-only value is midnight in the site's zone. */
export function instantOf(value: string): number {
  let epoch = instants.get(value);
  if (epoch === undefined) {
    epoch = parseDateTime(value)?.epoch ?? Number.NaN;
    if (instants.size >= 100_000) instants.clear();
    instants.set(value, epoch);
  }
  return epoch;
}

// Sorting a language's archive compares dates n·log n times, and parsing a
// day asks Intl for the zone's offset: each distinct value is parsed once.
const instants = new Map<string, number>();

/** Whether a value carries a time of day (and so an instant), not just a day. */
export function hasTime(value: string): boolean {
  return parseDateTime(value)?.hasTime ?? false;
}

/**
 * A publication date as readers see it: "28 January 2026" for a day, and
 * "28 January 2026 at 14:05 Arabian Standard Time" / "28 يناير 2026 في
 * 2:05 م التوقيت العربي الرسمي" for an instant, in the site's time zone
 * with the zone's name in the page's language. Formatted on the server.
 */
export function formatDateTime(value: string, locale: Locale, timeZone: string = siteTimeZone): string | null {
  const parsed = parseDateTime(value, timeZone);
  if (!parsed || !parsed.hasTime) return formatDate(value, locale);
  const key = `${locale}|time|${timeZone}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(localeInfo(locale).intl, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'long',
      timeZone,
    });
    cache.set(key, f);
  }
  return f.format(new Date(parsed.epoch));
}

/** "14:30" in the site's time zone, or null when the value has no time of day (a card under its day's heading shows only this). */
export function formatTime(value: string, locale: Locale, timeZone: string = siteTimeZone): string | null {
  const parsed = parseDateTime(value, timeZone);
  if (!parsed?.hasTime) return null;
  return new Intl.DateTimeFormat(localeInfo(locale).intl, { hour: 'numeric', minute: '2-digit', timeZone }).format(new Date(parsed.epoch));
}
