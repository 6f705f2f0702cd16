import { describe, expect, it } from 'vitest';
import { buildIndex, loadIndex, serializeIndex, type SearchDocument } from './search-index';
import { countMatches, fuzziness, queryTerms, searchAll, searchPage } from './query';

const doc = (slug: string, date: string, fields: Partial<SearchDocument>): SearchDocument => ({
  slug,
  date,
  title: '',
  summary: '',
  text: '',
  topics: [],
  at: Date.parse(`${date}T00:00:00+03:00`),
  ...fields,
});

const arabic = [
  doc('h200', '2026-01-28', {
    title: 'الصين توافق على استيراد أول دفعة من رقائق إنفيديا H200',
    summary: 'منحت بكين موافقتها على استيراد الدفعة الأولى.',
    topics: ['الصين', 'أشباه الموصلات'],
  }),
  doc('oil', '2026-02-01', { title: 'أسعار النفط ترتفع', summary: 'ارتفعت أسعار النفط في الأسواق.', topics: ['الطاقة'] }),
  doc('old-chips', '2025-05-01', { title: 'رقائق جديدة', text: 'تحدثت الصين عن الرقائق.' }),
];

const english = [
  doc('h200', '2026-01-28', {
    title: 'China approves its first imports of Nvidia’s H200 chips',
    summary: 'Beijing has cleared several hundred thousand of Nvidia’s H200 AI chips.',
    topics: ['Semiconductors', 'China'],
  }),
  doc('flashpoint', '2026-01-28', { title: 'Why the H200 became a flashpoint', text: 'Washington and Beijing disagree.' }),
  doc('older', '2025-01-01', { title: 'Semiconductor exports', text: 'Exports of chips rose.' }),
  doc('newer', '2026-03-01', { title: 'Semiconductor exports', text: 'Exports of chips rose.' }),
];

const ar = buildIndex(arabic);
const en = buildIndex(english);
const slugs = (index: typeof ar, q: string) => searchAll(index, q).map((h) => h.slug);

describe('searchAll', () => {
  it.each([
    ['انفيديا', ['h200']],
    ['الصِّين', ['h200', 'old-chips']],
    ['الدفعه', ['h200']],
    ['توافق علي', ['h200']],
    ['والصين', ['h200', 'old-chips']],
    ['٢٠٠', []],
    ['H200', ['h200']],
    ['النفط', ['oil']],
    ['أشباه', ['h200']],
  ])('Arabic: %s → %j', (q, expected) => {
    expect(slugs(ar, q).sort()).toEqual([...expected].sort());
  });

  it.each([
    ['nvidia', ['h200']],
    ['NVIDIA h200', ['h200']],
    ['approved', ['h200']],
    ['nvida', ['h200']],
    ['semiconductor', ['newer', 'older', 'h200']],
    ['flash', ['flashpoint']],
    ['zebra', []],
    ['chipz', ['newer', 'older', 'h200']],
    ['chup', []],
  ])('English: %s → %j', (q, expected) => {
    expect(slugs(en, q).sort()).toEqual([...expected].sort());
  });

  it('needs every word to match', () => {
    expect(slugs(en, 'nvidia zebra')).toEqual([]);
  });

  it('ranks a title match above a body match', () => {
    expect(slugs(ar, 'رقائق')[0]).toBe('old-chips');
    expect(slugs(en, 'washington')).toEqual(['flashpoint']);
  });

  it('ranks equal relevance by recency', () => {
    expect(slugs(en, 'exports')).toEqual(['newer', 'older']);
  });

  it('returns the indexed terms each hit matched', () => {
    const [hit] = searchAll(ar, 'انفيديا');
    expect(hit!.terms).toContain('انفيديا');
  });

  it('returns nothing for a query with no words', () => {
    expect(searchAll(en, ' ,.; ')).toEqual([]);
  });
});

describe('fuzziness and prefixes', () => {
  it.each([
    [3, false],
    [4, false],
    [5, 1],
    [8, 1],
    [9, 2],
  ])('a word of %i letters gets %s', (letters, expected) => {
    expect(fuzziness(letters)).toBe(expected);
  });

  it('counts the letters of the normalised term, marks and clitics not included', () => {
    expect(queryTerms('الصِّين')).toEqual([{ term: 'صين', letters: 3 }]);
    expect(queryTerms('Nvidia’s')).toEqual([{ term: 'nvidia', letters: 6 }]);
  });

  it('does not stretch a short stem to unrelated words', () => {
    const index = buildIndex([doc('a', '2026-01-01', { title: 'بين بكين وواشنطن' }), doc('b', '2026-01-01', { title: 'الصين' })]);
    expect(slugs(index, 'الصين')).toEqual(['b']);
  });

  it('forgives one typo from five letters on, none in a shorter word', () => {
    expect(slugs(en, 'chipz')).toHaveLength(3);
    expect(slugs(en, 'chup')).toEqual([]);
    expect(slugs(en, 'chip')).toHaveLength(3);
  });

  it('matches prefixes as readers type', () => {
    expect(slugs(en, 'nvid')).toEqual(['h200']);
    expect(slugs(ar, 'انفيد')).toEqual(['h200']);
  });

  it('completes only the last word, the one being typed', () => {
    expect(slugs(en, 'chips nvid')).toEqual(['h200']);
    expect(slugs(en, 'nvid chips')).toEqual([]);
  });

  it('ignores stop words in the query, as the index does', () => {
    expect(slugs(en, 'the flashpoint')).toEqual(['flashpoint']);
    expect(slugs(en, 'the of and')).toEqual([]);
  });
});

describe('searchPage', () => {
  it.each([
    [1, 1, ['h200', 'newer']],
    [2, 2, ['older']],
    [99999, 2, ['older']],
    [0, 1, ['h200', 'newer']],
    [-4, 1, ['h200', 'newer']],
  ])('page %i is page %i', (asked, page, expected) => {
    const res = searchPage(en, 'chips', asked, 2);
    expect(res.page).toBe(page);
    expect(res.pageCount).toBe(2);
    expect(res.total).toBe(3);
    expect(res.hits.map((h) => h.slug)).toEqual(expected);
  });

  it('has one empty page for no results', () => {
    expect(searchPage(en, 'zebra', 3, 10)).toEqual({ hits: [], total: 0, page: 1, pageCount: 1 });
  });

  it('counts matches', () => {
    expect(countMatches(en, 'chips')).toBe(3);
  });
});

describe('a scheduled briefing in the index', () => {
  // Indexed once, with its instant; each query keeps what is published when it is asked.
  const instant = Date.parse('2026-12-08T15:00:00+03:00');
  const index = buildIndex([doc('out', '2026-12-01', { title: 'Semiconductor exports' }), doc('timed', '2026-12-08T15:00+03:00', { title: 'Semiconductor exports', at: instant })]);

  it('is left out until its instant, to the millisecond, and counted likewise', () => {
    expect(searchAll(index, 'semiconductor', { now: instant - 60_000 }).map((h) => h.slug)).toEqual(['out']);
    expect(searchAll(index, 'semiconductor', { now: instant - 1 }).map((h) => h.slug)).toEqual(['out']);
    expect(searchPage(index, 'semiconductor', 1, 10, { now: instant - 1 }).total).toBe(1);
    expect(countMatches(index, 'semiconductor', { now: instant - 1 })).toBe(1);
    expect(
      searchAll(index, 'semiconductor', { now: instant })
        .map((h) => h.slug)
        .sort(),
    ).toEqual(['out', 'timed']);
    expect(countMatches(index, 'semiconductor', { now: instant })).toBe(2);
  });

  it('keeps its instant through serialisation (the build writes it, the server loads it)', () => {
    const loaded = loadIndex(JSON.parse(JSON.stringify(serializeIndex(index, 'en', 'x'))))!;
    expect(searchAll(loaded, 'semiconductor', { now: instant - 1 }).map((h) => h.slug)).toEqual(['out']);
  });

  it('is found in the preview, which filters nothing', () => {
    expect(searchAll(index, 'semiconductor', null)).toHaveLength(2);
  });
});

describe('the serialised index', () => {
  it('is the same whatever the order of the input', () => {
    const a = JSON.stringify(serializeIndex(buildIndex(english), 'en', 'x'));
    const b = JSON.stringify(serializeIndex(buildIndex([...english].reverse()), 'en', 'x'));
    expect(a).toBe(b);
  });

  it('answers like the original once loaded', () => {
    const loaded = loadIndex(JSON.parse(JSON.stringify(serializeIndex(ar, 'ar', 'x'))))!;
    for (const q of ['انفيديا', 'الصِّين', 'توافق علي', 'انفيد', 'النفط']) expect(searchAll(loaded, q)).toEqual(searchAll(ar, q));
  });

  it('refuses a file of another format', () => {
    expect(loadIndex({ ...serializeIndex(ar, 'ar', 'x'), format: 'old' as never })).toBeNull();
  });
});
