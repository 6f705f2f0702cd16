import { now } from '../clock/clock.mjs';
import type { Visibility } from './select';

/**
 * What is visible now. Drafts and scheduled briefings are visible in
 * `next dev` only. In production a scheduled briefing is visible from its
 * instant (./select.ts's publicationState), decided with the one clock
 * (lib/clock/clock.mjs) at render time; every cached page and response
 * rendered before the instant is re-rendered on its next request after it
 * (lib/clock/schedule.mjs), so prerendered and on-demand pages agree.
 */
export function visibility(): Visibility {
  return {
    now: now(),
    preview: process.env.NODE_ENV === 'development' || process.env.MAWJAZ_PREVIEW === '1',
  };
}

/**
 * Briefings per language prerendered by `next build`, newest first, and
 * compiled by contentlayer (./compile-window.ts). The rest of the archive renders on
 * its first request and is cached from then on
 * (app/[locale]/briefings/[slug]/page.tsx), so a build's cost stops growing
 * with the archive. MAWJAZ_PRERENDER_NEWEST overrides it.
 */
export const PRERENDER_NEWEST = prerenderNewest(process.env.MAWJAZ_PRERENDER_NEWEST);

function prerenderNewest(value: string | undefined): number {
  const n = Number(value);
  return value !== undefined && Number.isInteger(n) && n >= 0 ? n : 200;
}
