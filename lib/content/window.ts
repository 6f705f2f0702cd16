import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { locales } from '../../i18n/locales';
import { parseFrontmatter } from './frontmatter';
import { visibleIn, type BriefingLike, type Visibility } from './select';

/**
 * The briefings contentlayer2 compiles at build time: the newest `newest`
 * visible ones of each language, the ones `next build` prerenders (see
 * PRERENDER_NEWEST in ./index.ts). contentlayer2 compiles every file of its
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

/** What choosing needs from a file: read from the frontmatter alone (the slow part of a full read is counting words). */
type WindowCandidate = BriefingLike & { file: string };

function candidate(file: string, text: string): WindowCandidate | null {
  const data = parseFrontmatter(text)?.data;
  const [, locale = '', name = ''] = file.split('/');
  if (!data || typeof data.date !== 'string') return null;
  return {
    file,
    locale,
    slug: name.replace(/\.mdx$/, ''),
    date: data.date,
    draft: data.draft === true,
    topics: [],
  };
}

/** Pure: the files of the window, from every briefing file's path and text. */
export function chooseWindow(files: Iterable<{ file: string; text: string }>, newest: number, visibility: Visibility): string[] {
  const all = [...files].flatMap(({ file, text }) => candidate(file, text) ?? []);
  return locales.flatMap((locale) => visibleIn(all, locale, visibility).slice(0, newest).map((b) => b.file)).sort();
}

function* briefingFiles(contentDir: string): Generator<{ file: string; text: string }> {
  const dir = join(contentDir, 'briefings');
  if (!existsSync(dir)) return;
  for (const locale of readdirSync(dir, { withFileTypes: true })) {
    if (!locale.isDirectory()) continue;
    for (const name of readdirSync(join(dir, locale.name))) {
      if (!name.endsWith('.mdx')) continue;
      const file = `briefings/${locale.name}/${name}`;
      yield { file, text: readFileSync(join(contentDir, file), 'utf8') };
    }
  }
}

/**
 * Writes `to`: a copy of `contentDir` with every file but the briefings
 * outside the window (site pages, topics, authors, images stay whole).
 * Returns how many briefings it holds and how many the archive has.
 */
export function stageWindow(contentDir: string, to: string, newest: number, visibility: Visibility): { window: number; briefings: number } {
  const files = [...briefingFiles(contentDir)];
  const chosen = new Set(chooseWindow(files, newest, visibility));
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  cpSync(contentDir, to, {
    recursive: true,
    filter: (source) => {
      const rel = source.slice(contentDir.length + 1).split('\\').join('/');
      return !/^briefings\/[^/]+\/[^/]+\.mdx$/.test(rel) || chosen.has(rel);
    },
  });
  return { window: chosen.size, briefings: files.length };
}
