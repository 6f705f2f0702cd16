import type { Locale } from '@/i18n/locales';

/**
 * What the editors' components need beyond an editor's attributes, bound
 * by `mdxComponents` (./index.ts). One set of components renders a briefing
 * for both its readers:
 * - `page`: the site's markup (classes, ARIA wiring, lazy images);
 * - `feed`: plain HTML for feed readers, which drop CSS and scripts: no
 *   classes, ids or hidden text, headings visible, heading anchors dropped,
 *   every address absolute (`url`). Feeds render outside any request, with
 *   lib/feeds/static-html.ts: the components are hook-free for that.
 */
export type MdxContext = {
  locale: Locale;
  /** The few UI words the components print, in `locale`. */
  labels: { keyPoints: string; timeline: string; live?: { keyEvent: string; breaking: string } };
  variant: 'page' | 'feed';
  /** An address as it is printed: unchanged on a page, absolute in a feed. */
  url: (href: string) => string;
};
