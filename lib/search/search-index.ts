import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { loadCompact } from './compact-index';
import { clearTermMemo, normalizeTerm } from './normalize';
import { splitWords } from './tokenize';

/** What the index needs of a briefing, in the language of the index. */
export type SearchDocument = {
  slug: string;
  /** ISO date (YYYY-MM-DD…): stored, for ranking ties and pagination by recency. */
  date: string;
  title: string;
  summary: string;
  /** Plain text of the body (lib/content/text.ts's mdxPlainText). */
  text: string;
  /** Topic labels in the index's language. */
  topics: string[];
  /**
   * When the briefing is published (ms since the epoch): the index holds
   * scheduled briefings too, and a query keeps only those published at the
   * time it is asked (./query.ts), so no index is rebuilt when one comes out.
   */
  at: number;
};

export type StoredFields = { date: string; at: number };

/** Field weights at query time: a word in the title counts most. */
export const FIELD_BOOST = { title: 3, topics: 2, summary: 1.5, text: 1 } as const;

/**
 * The one set of options for building and for loading: MiniSearch needs the
 * same tokenizer and term processing on both sides (loadJS does not store
 * functions).
 */
export const indexOptions: Options<SearchDocument> = {
  idField: 'slug',
  fields: ['title', 'summary', 'text', 'topics'],
  storeFields: ['date', 'at'],
  extractField: (doc, field) => {
    const value = doc[field as keyof SearchDocument];
    return Array.isArray(value) ? value.join(' ') : (value as string);
  },
  tokenize: (text) => splitWords(text),
  processTerm: (term) => normalizeTerm(term) || null,
};

export type SearchIndex = MiniSearch<SearchDocument>;

/** The serialised form: what scripts/build-search-index.ts writes. */
export type SerializedIndex = {
  format: typeof FORMAT;
  locale: string;
  /** Identifies the content the index was built from (see site-search.ts). */
  fingerprint: string;
  count: number;
  index: AsPlainObject;
};

/** Bump when the options or normalisation change: older files are then rebuilt. */
export const FORMAT = 'mawjaz-search-3';

/** Newest first, then slug: the same input in any order builds the same index. */
function stableOrder(a: SearchDocument, b: SearchDocument): number {
  return b.date.localeCompare(a.date) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/**
 * Builds an index of one language's briefings. Pure and deterministic. It is
 * handed back compact (./compact-index.ts), as a server holds it.
 */
export function buildIndex(docs: readonly SearchDocument[]): SearchIndex {
  const index = new MiniSearch<SearchDocument>(indexOptions);
  index.addAll([...docs].sort(stableOrder));
  clearTermMemo();
  return loadCompact(index.toJSON(), indexOptions);
}

export function serializeIndex(index: SearchIndex, locale: string, fingerprint: string): SerializedIndex {
  return { format: FORMAT, locale, fingerprint, count: index.documentCount, index: index.toJSON() };
}

/** Loads a serialised index; null if it is of another format (an older build). */
export function loadIndex(data: SerializedIndex): SearchIndex | null {
  if (data?.format !== FORMAT || typeof data.index !== 'object' || data.index === null) return null;
  return loadCompact<SearchDocument>(data.index, indexOptions);
}
