import { defaultLocale, type Locale } from '@/i18n/locales';
import type { Alternate } from '@/lib/routing/alternates';
import { absoluteUrl, siteUrl } from '../site/url';

/** hreflang value → absolute URL; `x-default` included. */
export type LanguageMap = Partial<Record<Locale | 'x-default', string>>;

/**
 * The hreflang set of a page, from the same alternates the switcher uses:
 * only languages where the page really exists. A page that exists in one
 * language only gets none at all (an hreflang set of one is meaningless,
 * and a link to a missing twin is an error). `x-default` is the default
 * language's version, or the first existing one in table order.
 */
export function languageMap(alternates: readonly Alternate[], base: string = siteUrl()): LanguageMap {
  const available = alternates.filter((a) => a.available);
  if (available.length < 2) return {};
  const map: LanguageMap = {};
  for (const a of available) map[a.locale] = absoluteUrl(a.href, base);
  const fallback = available.find((a) => a.locale === defaultLocale) ?? available[0]!;
  map['x-default'] = absoluteUrl(fallback.href, base);
  return map;
}

/** The other languages a page exists in (for og:locale:alternate). */
export function availableOthers(alternates: readonly Alternate[], locale: Locale): Locale[] {
  return alternates.filter((a) => a.available && a.locale !== locale).map((a) => a.locale);
}
