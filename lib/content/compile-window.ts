import { locales } from '../../i18n/locales';
import { visibleIn, type Visibility } from './select';
import { stageContent } from './stage';
import { BRIEFING_PATH, type Briefing } from './build-files';

/**
 * The briefings contentlayer2 compiles at build time: the newest `newest`
 * visible ones of each language, the ones `next build` prerenders (see
 * PRERENDER_NEWEST in ./visibility.ts). contentlayer2 compiles every file of its
 * content folder in one pass and holds them all: at 20,000 briefings it ran
 * out of a 6 GB heap after 17 minutes (`npm run bench:scale`; upstream,
 * contentlayer#476). So `npm run build` gives it a copy of content/ with
 * only these briefings (`stageWindow`), and an older briefing is compiled
 * from its source on its first request (./compile.ts), then cached.
 *
 * Nothing depends on the window for correctness: a briefing outside it is
 * read the same way (./briefing-file.ts) and renders the same HTML
 * (./compile.test.tsx); the window only decides which bodies are compiled
 * before the first reader asks.
 */

/** Where `npm run build` stages the window; contentlayer.config.ts reads it when MAWJAZ_CONTENT_DIR names it. */
export const WINDOW_DIR = '.contentlayer/window';

/** Pure: the files of the window (paths under content/), from the metadata index of every briefing. */
export function chooseWindow(index: readonly Briefing[], newest: number, visibility: Visibility): string[] {
  return locales.flatMap((locale) => visibleIn(index, locale, visibility).slice(0, newest).map((b) => b._raw.sourceFilePath)).sort();
}

/**
 * Writes `to`: a staged copy of `contentDir` (./stage.ts: the bytes our
 * reader reads) with every file but the briefings outside the window (site
 * pages, topics, authors, images stay whole). Returns how many briefings it
 * holds and how many the archive has.
 */
export function stageWindow(
  contentDir: string,
  to: string,
  index: readonly Briefing[],
  newest: number,
  visibility: Visibility,
): { window: number; briefings: number } {
  const chosen = new Set(chooseWindow(index, newest, visibility));
  stageContent(contentDir, to, (rel) => !BRIEFING_PATH.test(rel) || chosen.has(rel));
  return { window: chosen.size, briefings: index.length };
}
