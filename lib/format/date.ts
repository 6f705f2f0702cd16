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
