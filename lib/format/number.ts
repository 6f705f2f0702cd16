import { localeInfo, type Locale } from '@/i18n/locales';

const cache = new Map<Locale, Intl.NumberFormat>();

/** An integer in the page's language, with the locale table's numbering system. */
export function formatNumber(value: number, locale: Locale): string {
  let f = cache.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(localeInfo(locale).intl, { maximumFractionDigits: 0, useGrouping: true });
    cache.set(locale, f);
  }
  return f.format(value);
}
