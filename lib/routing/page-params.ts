import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { Locale } from '@/i18n/locales';
import { parseLocaleSegment } from './lite';
import { setRequestMode } from './request-mode';

/**
 * The props of a page or layout under app/[locale]: its route segments, all
 * strings as the URL gave them. `PageProps<'slug'>` is `{ locale, slug }`.
 */
export type PageProps<Segment extends string = never> = {
  params: Promise<Record<'locale' | Segment, string>>;
};

/**
 * The end of every page's lookup: a 404 for nothing found, otherwise the
 * request's locale is set (which keeps the page static, see
 * next-intl's `setRequestLocale`) and the lookup is returned.
 *
 * @example const { locale, briefing } = found(lookup(params));
 */
export function found<T extends { locale: Locale }>(value: T | null): T {
  if (!value) notFound();
  setRequestLocale(value.locale);
  return value;
}

/**
 * The locale segment of a URL, or null when it is not one of ours. It also
 * takes the lite spelling (`lite-ar`, ./lite.ts): the locale is the same,
 * and the request is marked lite for the components (./request-mode.ts).
 */
export function localeParam(value: string): { locale: Locale; lite: boolean } | null {
  const segment = parseLocaleSegment(value);
  if (segment) setRequestMode(segment.lite);
  return segment;
}

/**
 * Parses a page segment: "2" → 2; "02", "1e1", "x" → null (one URL per
 * page). Page 1 of a list is its plain path, so "1" is null here too.
 */
export function laterPageParam(value: string): number | null {
  return /^[1-9]\d{0,5}$/.test(value) && value !== '1' ? Number(value) : null;
}

/**
 * Pages 2…n of a list of `pageCount` pages: the paginated URLs that exist
 * besides the plain one.
 *
 * @example laterPages(3) // [2, 3]
 */
export function laterPages(pageCount: number): number[] {
  return Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => i + 2);
}
