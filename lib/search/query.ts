import type { SearchOptions } from 'minisearch';
import type { SearchIndex, StoredFields } from './search-index';
import { FIELD_BOOST } from './search-index';
import { tokenize } from './tokenize';

/** One match: the briefing's slug, and the indexed terms it matched (for highlighting). */
export type SearchHit = { slug: string; date: string; score: number; terms: string[] };

export type SearchResults = {
  hits: SearchHit[];
  total: number;
  /** 1-based, clamped into 1…pageCount. */
  page: number;
  pageCount: number;
};

/** More words than this in one query add nothing but cost. */
export const MAX_QUERY_TERMS = 12;
/** Typo tolerance starts at terms of this many letters (after normalisation). */
export const FUZZY_MIN_LETTERS = 5;
/**
 * Prefix matching, for the word the reader is still typing (the last one),
 * starts at terms of this many letters.
 */
export const PREFIX_MIN_LETTERS = 3;

/**
 * A normalised query term. `letters` counts the letters left after folding
 * and stemming: typo tolerance keys on it, because an edit on a short stem
 * (الصين → صين) would reach unrelated words (بين، كين).
 */
export type QueryTerm = { term: string; letters: number };

/** The distinct normalised terms of a query. */
export function queryTerms(query: string): QueryTerm[] {
  const seen = new Set<string>();
  const out: QueryTerm[] = [];
  for (const token of tokenize(query)) {
    if (token.term === '' || seen.has(token.term)) continue;
    seen.add(token.term);
    out.push({ term: token.term, letters: [...token.term].length });
    if (out.length === MAX_QUERY_TERMS) break;
  }
  return out;
}

/** Maximum edit distance for a word of `letters` letters: none under five. */
export function fuzziness(letters: number): number | false {
  if (letters < FUZZY_MIN_LETTERS) return false;
  return letters >= 9 ? 2 : 1;
}

/**
 * Which briefings a query may return: those published at `now` (the one
 * clock, lib/clock/clock.mjs, read by the caller), or every indexed one
 * (null: the preview, which shows scheduled briefings and drafts).
 */
export type Published = { now: number } | null;

/** MiniSearch options for a list of normalised query terms (see queryTerms). */
function options(terms: QueryTerm[], published: Published): SearchOptions {
  return {
    ...(published ? { filter: (r) => (r as unknown as StoredFields).at <= published.now } : {}),
    // The terms are normalised already: split on the spaces we joined with.
    tokenize: (s) => s.split(' '),
    processTerm: (t) => t,
    combineWith: 'AND',
    boost: { ...FIELD_BOOST },
    prefix: (term, i, all) => i === all.length - 1 && term.length >= PREFIX_MIN_LETTERS,
    fuzzy: (_term, i) => fuzziness(terms[i]?.letters ?? 0),
  };
}

/** Scores are compared at two decimals, so that near-equal relevance falls back to recency. */
const roundScore = (score: number) => Math.round(score * 100) / 100;

/**
 * Every briefing matching all the query's words, ranked by relevance, then
 * recency (newest first), then slug.
 */
export function searchAll(index: SearchIndex, query: string, published: Published = null): SearchHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const results = index.search(terms.map((t) => t.term).join(' '), options(terms, published));
  const hits: SearchHit[] = new Array(results.length);
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    hits[i] = { slug: String(r.id), date: (r as unknown as StoredFields).date, score: roundScore(r.score), terms: r.terms };
  }
  return hits.sort(byRelevanceThenRecency);
}

function byRelevanceThenRecency(a: SearchHit, b: SearchHit): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/** One page of results; a page out of range is clamped to the nearest one. */
export function searchPage(index: SearchIndex, query: string, page: number, pageSize: number, published: Published = null): SearchResults {
  const all = searchAll(index, query, published);
  const pageCount = Math.max(1, Math.ceil(all.length / pageSize));
  const p = Number.isInteger(page) ? Math.min(Math.max(page, 1), pageCount) : 1;
  return { hits: all.slice((p - 1) * pageSize, p * pageSize), total: all.length, page: p, pageCount };
}

/** How many briefings match: for "N results in the other language" (no ranking needed). */
export function countMatches(index: SearchIndex, query: string, published: Published = null): number {
  const terms = queryTerms(query);
  return terms.length === 0 ? 0 : index.search(terms.map((t) => t.term).join(' '), options(terms, published)).length;
}
