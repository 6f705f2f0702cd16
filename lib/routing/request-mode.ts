import { cache } from 'react';
import { litePath } from './lite';

/**
 * The mode of the page being rendered, full or lite (./lite.ts), for the
 * components that differ: one record per request, as next-intl's
 * `setRequestLocale` keeps the locale (React's `cache`, scoped to a server
 * render). `localeParam` sets it from the `[locale]` segment, which every
 * page and layout reads before rendering its components. Outside a render
 * (feeds, sitemaps, metadata), it is full.
 */
const current = cache(() => ({ lite: false }));

export function setRequestMode(lite: boolean): void {
  current().lite = lite;
}

export function isLiteRequest(): boolean {
  return current().lite;
}

/** A link of the page: in lite mode, the lite URL of `path`, so the reader stays in the mode. */
export function modeHref(path: string): string {
  return isLiteRequest() ? litePath(path) : path;
}
