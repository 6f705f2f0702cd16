import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { syntheticBriefings } from '../../scripts/support/synthetic-briefings';
import { parseFrontmatter } from '../content/frontmatter';
import { mdxPlainText } from '../content/text';
import { indexOptions, type SearchDocument } from './search-index';
import { loadCompact } from './compact-index';
import { queryTerms } from './query';

// Realistic briefings from the benchmarks' generator, in both languages.
const docs: Record<string, SearchDocument[]> = { ar: [], en: [] };
for (const b of syntheticBriefings(150, { topicIds: ['china', 'energy', 'semiconductors'], seed: 11 })) {
  const fm = parseFrontmatter(b.mdx)!;
  const data = fm.data as { title: string; summary: string; topics: string[] };
  docs[b.locale]!.push({ slug: b.slug, date: b.date, title: data.title, summary: data.summary, text: mdxPlainText(fm.body), topics: data.topics, at: Date.parse(b.date) });
}

describe.each(['ar', 'en'])('loadCompact (%s)', (locale) => {
  const built = new MiniSearch<SearchDocument>(indexOptions);
  built.addAll(docs[locale]!);
  // What the site loaded before: MiniSearch's own loader, from the same JSON
  // (so terms are visited, and scores summed, in the same order).
  const plain = MiniSearch.loadJS<SearchDocument>(built.toJSON(), indexOptions);
  const compact = loadCompact<SearchDocument>(built.toJSON(), indexOptions);
  // Words of the corpus as queries: whole, cut short (prefix) and with a letter changed (fuzzy).
  const words = [...new Set(docs[locale]!.flatMap((d) => `${d.title} ${d.summary}`.split(/\s+/)))].filter((w) => w.length > 3).slice(0, 60);
  const queries = words.flatMap((w, i) => [w, w.slice(0, 4), `${w.slice(0, -1)}x`, `${w} ${words[(i + 7) % words.length]}`]);
  const terms = (q: string) =>
    queryTerms(q)
      .map((t) => t.term)
      .join(' ');
  const options = { prefix: true, fuzzy: 0.2, combineWith: 'AND' as const, boost: { title: 3, topics: 2, summary: 1.5 } };

  it('has queries that find something', () => {
    expect(queries.filter((q) => plain.search(terms(q), options).length > 0).length).toBeGreaterThan(100);
  });

  it('finds exactly what MiniSearch finds, with the same scores, for every query', () => {
    for (const q of queries) expect(compact.search(terms(q), options), q).toEqual(plain.search(terms(q), options));
  });

  it('writes out the same index it was loaded from', () => {
    expect(compact.toJSON()).toEqual(plain.toJSON());
    expect(compact.documentCount).toBe(docs[locale]!.length);
  });
});
