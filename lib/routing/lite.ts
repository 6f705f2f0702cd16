import { isLocale, type Locale } from '@/i18n/locales';

/**
 * Lite mode (issue 21, item 6): the same pages with system fonts and no
 * images, for readers who pay for every kilobyte. How it is built, with
 * Next's own tools and no second copy of any page:
 *
 *   - Public URLs: a lite page is `/lite/<locale>/…` (the "lite" link in
 *     every page's footer), and a browser that sends `Save-Data: on` gets the
 *     lite page at the ordinary URL too.
 *   - Route segment: the `[locale]` segment also takes `lite-<locale>`
 *     (`/lite-ar/briefings/x`), which proxy.ts rewrites both kinds of lite
 *     request to. Every page and layout reads its segment with
 *     `localeParam` (./page-params.ts), which gives the locale and records
 *     the mode for the request (./request-mode.ts): the layout drops the web
 *     fonts, the image components render nothing, and every link goes
 *     through `modeHref`, so links keep the mode. Lite pages are not built
 *     ahead: each renders on its first request and is cached like the long
 *     tail, under its own internal path, so Next's caches never mix a lite
 *     and a full page.
 *   - Caches in front: `/lite/…` is its own URL; an ordinary URL answers
 *     with `Vary: Save-Data` (lib/http/cache-policy.mjs, added by
 *     lib/serve/response-policy.mjs), and our server (lib/serve/files.mjs)
 *     never answers a `Save-Data` request with a full page's file.
 */
export const LITE_PREFIX = '/lite';
const SEGMENT_PREFIX = 'lite-';

/** The `[locale]` segment of a lite page: `lite-ar`. */
export function liteSegment(locale: Locale): string {
  return `${SEGMENT_PREFIX}${locale}`;
}

/** Pure: a `[locale]` segment read: `ar` → full Arabic, `lite-ar` → lite Arabic, anything else null. */
export function parseLocaleSegment(value: string): { locale: Locale; lite: boolean } | null {
  if (isLocale(value)) return { locale: value, lite: false };
  if (value.startsWith(SEGMENT_PREFIX)) {
    const locale = value.slice(SEGMENT_PREFIX.length);
    if (isLocale(locale)) return { locale, lite: true };
  }
  return null;
}

/** Pure: the public lite URL of a site path: `/ar/x` → `/lite/ar/x`; anything not under a locale stays as it is. */
export function litePath(path: string): string {
  const locale = path.split(/[/?#]/)[1] ?? '';
  return isLocale(locale) ? `${LITE_PREFIX}${path}` : path;
}

/**
 * Pure: whether a site path is a page a reader can ask for in lite (not a
 * feed, a share image or another file, nor an internal route).
 */
export function isLitePage(path: string): boolean {
  const parts = path.split('/').slice(1);
  if (!isLocale(parts[0] ?? '')) return false;
  const last = parts[parts.length - 1] ?? '';
  return !last.includes('.') && !parts.includes('share-image') && !['missing', 'not-found-view'].includes(parts[1] ?? '');
}

/**
 * The static params of a page whose route refuses unknown ones
 * (`dynamicParams = false`), with each one's lite twin, so that its lite
 * page exists too.
 */
export function withLite<P extends { locale: Locale }>(params: P[]): (Omit<P, 'locale'> & { locale: string })[] {
  return [...params, ...params.map((p) => ({ ...p, locale: liteSegment(p.locale) }))];
}

/**
 * Pure: a request path in lite form, public (`/lite/ar/x`) or Save-Data on
 * an ordinary path (`/ar/x`), as the site path it shows (`/ar/x`) and the
 * internal path proxy.ts rewrites it to (`/lite-ar/x`). Null for a path
 * under no locale.
 */
export function liteTarget(pathname: string): { locale: Locale; path: string; internal: string } | null {
  const path = pathname === LITE_PREFIX || pathname.startsWith(`${LITE_PREFIX}/`) ? pathname.slice(LITE_PREFIX.length) : pathname;
  const [, first = '', ...rest] = path.split('/');
  if (!isLocale(first)) return null;
  const tail = rest.length ? `/${rest.join('/')}` : '';
  return { locale: first, path: `/${first}${tail}`, internal: `/${liteSegment(first)}${tail}` };
}
