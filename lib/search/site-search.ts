import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales, type Locale } from '@/i18n/locales';
import { getBriefing, getBriefingSource, getIndexedBriefings, getTopicsOf, PAGE_SIZE, publicationFilter, publicationInstant, type Briefing, type Topic } from '@/lib/content';
import { mdxPlainText } from '@/lib/content/text';
import { buildIndex, loadIndex, serializeIndex, type SearchDocument, type SearchIndex, type SerializedIndex } from './search-index';
import { countMatches, searchPage, type SearchResults } from './query';
import { inLanguage } from './names';
import { hitView, type HitView } from './result-view';

/**
 * The site's search, on top of lib/content's queries: the one place that
 * turns briefings into search documents, writes the per-language index at
 * build time (scripts/build-search-index.ts, `npm run build`) and loads it
 * once per server process.
 */

/** Where the build writes the indexes (git-ignored), relative to the project root. */
export const SEARCH_DIR = '.search';

export function indexPath(locale: Locale, root = process.cwd()): string {
  return join(root, SEARCH_DIR, `${locale}.json`);
}

/** A briefing as the index sees it: topic labels in its own language, body as plain text. */
export function searchDocument(briefing: Briefing, locale: Locale): SearchDocument {
  return {
    slug: briefing.slug,
    date: briefing.date,
    title: briefing.title,
    summary: briefing.summary,
    text: mdxPlainText(getBriefingSource(briefing) ?? ''),
    topics: getTopicsOf(briefing).map((t) => t.label[locale]),
    at: publicationInstant(briefing),
  };
}

/**
 * What an index was built from: every indexed field of every briefing that
 * is or will be published (scheduled ones included, with their dates), plus
 * the topic labels. It does not change with the time: a scheduled briefing
 * coming out changes what a query returns (filtered by the clock), not the
 * index. A server finding a file whose fingerprint differs from its own
 * content (a stale .search/, `next build` run without the script) builds
 * the index in-process instead of serving wrong results.
 */
export function contentFingerprint(list: readonly Briefing[], locale: Locale): string {
  const hash = createHash('sha256');
  for (const b of list) {
    hash.update(`${b.slug}\0${b.date}\0${b.title}\0${b.summary}\0${b.topics.join(',')}\0${b.digest}\0`);
    for (const t of getTopicsOf(b)) hash.update(`${t.id}=${t.label[locale]}\0`);
  }
  return hash.digest('hex').slice(0, 32);
}

function buildFor(locale: Locale, list: readonly Briefing[]): SearchIndex {
  return buildIndex(list.map((b) => searchDocument(b, locale)));
}

/** Builds and writes every language's index (or those of `only`); run once per build. */
export function writeSearchIndexes(root = process.cwd(), only: readonly Locale[] = locales): { locale: Locale; count: number; bytes: number; ms: number }[] {
  mkdirSync(join(root, SEARCH_DIR), { recursive: true });
  return only.map((locale) => {
    const t0 = performance.now();
    const list = getIndexedBriefings(locale);
    const json = JSON.stringify(serializeIndex(buildFor(locale, list), locale, contentFingerprint(list, locale)));
    writeFileSync(indexPath(locale, root), json);
    return { locale, count: list.length, bytes: Buffer.byteLength(json), ms: Math.round(performance.now() - t0) };
  });
}

function readIndexFile(locale: Locale): SerializedIndex | null {
  try {
    return JSON.parse(readFileSync(indexPath(locale), 'utf8')) as SerializedIndex;
  } catch {
    return null;
  }
}

/**
 * The index in a build's file, if the file is for this language, of this
 * format, and from this content (`fingerprint`); else null (build in-process).
 */
export function indexFromFile(file: SerializedIndex | null, locale: Locale, fingerprint: string): SearchIndex | null {
  if (!file || file.locale !== locale || file.fingerprint !== fingerprint) return null;
  return loadIndex(file);
}

// Keyed by lib/content's cached list, so the index lives as long as the
// list it was built from: once per process (`next dev`: per content change).
const indexes = new WeakMap<readonly Briefing[], SearchIndex>();

/** One language's index: the build's file when it matches the content, else built here once. */
export function getSearchIndex(locale: Locale): SearchIndex {
  const list = getIndexedBriefings(locale);
  let index = indexes.get(list);
  if (index) return index;
  // `next dev` shows drafts and reloads content: always build there.
  const file = process.env.NODE_ENV === 'development' ? null : readIndexFile(locale);
  index = (file && indexFromFile(file, locale, contentFingerprint(list, locale))) ?? undefined;
  if (!index) {
    if (process.env.NODE_ENV === 'production') {
      console.warn(`search: ${indexPath(locale)} is missing or stale; building the ${locale} index in-process`);
    }
    index = buildFor(locale, list);
  }
  indexes.set(list, index);
  return index;
}

export type SearchItem = { briefing: Briefing; topics: Topic[]; view: HitView };

export type SiteSearch = SearchResults & {
  items: SearchItem[];
  /**
   * The query in each other language, its names spelt as that language's
   * briefings spell them (./names.ts), and how many briefings match it there.
   */
  elsewhere: { locale: Locale; query: string; count: number }[];
};

/** A page of results for a cleaned query, with how many match in the other languages. */
export function searchSite(locale: Locale, query: string, page: number): SiteSearch {
  // One reading of the clock for the whole answer: the results and the
  // other languages' counts agree on what is published.
  const published = publicationFilter();
  const index = getSearchIndex(locale);
  // A name typed in another script ("nvidia" on an Arabic page): when the
  // words as typed find nothing, the same query with the names spelt as this
  // language's briefings spell them.
  const spelt = inLanguage(query, locale);
  const asTyped = spelt === query || countMatches(index, query, published) > 0;
  const results = searchPage(index, asTyped ? query : spelt, page, PAGE_SIZE, published);
  const items: SearchItem[] = [];
  for (const hit of results.hits) {
    const briefing = getBriefing(locale, hit.slug);
    if (!briefing) continue;
    items.push({ briefing, topics: getTopicsOf(briefing), view: hitView(searchDocument(briefing, locale), hit.terms) });
  }
  const elsewhere = locales
    .filter((l) => l !== locale)
    .map((l) => {
      const there = inLanguage(query, l);
      return { locale: l, query: there, count: countMatches(getSearchIndex(l), there, published) };
    });
  return { ...results, items, elsewhere };
}
