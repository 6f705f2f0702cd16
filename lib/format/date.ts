import { localeInfo, type Locale } from '@/i18n/locales';

/**
 * Publication dates are calendar days (YYYY-MM-DD), not instants: they are
 * formatted in UTC so that no time zone can move them to the day before.
 * The numbering system comes from the locale table's Intl tag.
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
  const m = DAY.exec(value);
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
 * The calendar day of a date or an instant as contentlayer gives it
 * (`2026-01-28` or `2026-01-28T00:00:00.000Z`): `2026-01-28`. The one place
 * that cuts a date to its day, for `<time dateTime>`, JSON-LD, feeds, the
 * sitemap and publication states.
 */
export function calendarDay(value: string): string {
  return value.slice(0, 10);
}

const DATE_ONLY_MIDNIGHT = /^\d{4}-\d{2}-\d{2}T00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)$/;

/**
 * Whether a publication value carries a time of day, not only a day:
 * `2026-01-28T14:30:00+03:00` does, `2026-01-28` does not, and neither does
 * `2026-01-28T00:00:00.000Z`, which is how contentlayer hands a date-only
 * value over. (A briefing really published at 00:00 UTC, 03:00 in Riyadh,
 * reads as date-only: the price of that convention.) Lists show a time only
 * where this is true.
 */
export function hasTime(value: string): boolean {
  if (value.length <= 10) return false;
  if (DATE_ONLY_MIDNIGHT.test(value)) return false;
  return !Number.isNaN(new Date(value).getTime());
}

/** "14:30" / "14:30" in the site's time zone, or null when the value has no time. */
export function formatTime(value: string, locale: Locale, timeZone: string): string | null {
  if (!hasTime(value)) return null;
  return new Intl.DateTimeFormat(localeInfo(locale).intl, { hour: 'numeric', minute: '2-digit', timeZone }).format(new Date(value));
}

/**
 * The calendar day a briefing belongs to in the newsroom's time zone: the
 * day written for a date-only value, the local day of the instant for a
 * value with a time (23:30Z on the 27th is the 28th in Riyadh).
 */
export function publicationDay(value: string, timeZone: string): string {
  if (!hasTime(value)) return calendarDay(value);
  return new Intl.DateTimeFormat('en-CA-u-nu-latn', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(value));
}
