import { siteTimeZone } from '../../i18n/locales';
import { calendarDateIn } from './dates';
import type { Visibility } from './select';

/**
 * Drafts and scheduled briefings are visible in `next dev` only. A production
 * build decides once, at build time, which briefings are out: a scheduled
 * one appears with the first build on or after its date.
 */
export function visibility(): Visibility {
  return {
    today: calendarDateIn(siteTimeZone),
    preview: process.env.NODE_ENV === 'development' || process.env.MAWJAZ_PREVIEW === '1',
  };
}

/**
 * Briefings per language prerendered by `next build`, newest first, and
 * compiled by contentlayer (./window.ts). The rest of the archive renders on
 * its first request and is cached from then on
 * (app/[locale]/briefings/[slug]/page.tsx), so a build's cost stops growing
 * with the archive. MAWJAZ_PRERENDER_NEWEST overrides it.
 */
export const PRERENDER_NEWEST = prerenderNewest(process.env.MAWJAZ_PRERENDER_NEWEST);

function prerenderNewest(value: string | undefined): number {
  const n = Number(value);
  return value !== undefined && Number.isInteger(n) && n >= 0 ? n : 200;
}
