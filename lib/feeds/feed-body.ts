import type { Locale } from '@/i18n/locales';
import type { CitationWords, Source } from '@/lib/format/citation';

/**
 * What a feed needs to turn a briefing's body into HTML. The renderer itself
 * is made of the feed's editors' components (components/feed/FeedBody.tsx):
 * the route files pass it in, so lib/ never imports components/.
 */

/** The few UI words a feed body needs, in the feed's language. */
export type FeedLabels = {
  keyPoints: string;
  timeline: string;
  sources: string;
  sourcesIntro: string;
  /** How a citation is punctuated; defaults to English when absent. */
  citation?: CitationWords;
  corrections?: string;
  correctionsIntro?: string;
  /** "Live", the category of a live briefing's item. */
  liveLabel?: string;
};

export type FeedBodyInput = {
  locale: Locale;
  /** contentlayer's compiled MDX (`briefing.body.code`). */
  code: string;
  sources: Source[];
  /** The briefing's corrections, newest first. */
  corrections?: { date: string; text: string }[];
  labels: FeedLabels;
  base: string;
  /** The briefing's absolute URL, for in-page links. */
  pageUrl: string;
};

/** A briefing's full text as HTML for feed readers. */
export type RenderFeedBody = (input: FeedBodyInput) => string;
