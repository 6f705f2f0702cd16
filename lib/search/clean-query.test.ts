import { describe, expect, it } from 'vitest';
import { cleanQuery, MAX_QUERY_LENGTH, parseSearchPage } from './clean-query';

describe('cleanQuery', () => {
  it.each([
    ['missing', undefined, ''],
    ['empty', '', ''],
    ['spaces only', '   \t ', ''],
    ['plain', ' الصين  ', 'الصين'],
    ['repeated: the first wins', ['nvidia', 'china'], 'nvidia'],
    ['NUL', 'nv\u0000idia', 'nv idia'],
    ['controls', 'a\u0007b\u001bc\u009fd', 'a b c d'],
    ['newlines', 'a\r\nb', 'a b'],
    ['broken UTF-8 (U+FFFD)', '\uFFFD', ''],
    ['a lone high surrogate', 'a\uD800b', 'a b'],
    ['a lone low surrogate', 'a\uDC00b', 'a b'],
    ['an emoji (a valid pair)', 'a😀b', 'a😀b'],
    ['decomposed to NFC', 'cafe\u0301', 'café'],
    ['HTML stays text', '<script>alert(1)</script>', '<script>alert(1)</script>'],
  ])('%s', (_case, raw, query) => {
    expect(cleanQuery(raw as string)).toEqual({ query, truncated: false });
  });

  it(`cuts after ${MAX_QUERY_LENGTH} characters and says so, never inside a surrogate pair`, () => {
    const long = '😀'.repeat(MAX_QUERY_LENGTH + 5);
    const { query, truncated } = cleanQuery(long);
    expect(truncated).toBe(true);
    expect([...query]).toHaveLength(MAX_QUERY_LENGTH);
    expect(query).toBe('😀'.repeat(MAX_QUERY_LENGTH));
  });

  it(`keeps a query of exactly ${MAX_QUERY_LENGTH} characters whole`, () => {
    expect(cleanQuery('a'.repeat(MAX_QUERY_LENGTH)).truncated).toBe(false);
  });
});

describe('parseSearchPage', () => {
  it.each([
    [undefined, 1],
    ['1', 1],
    ['2', 2],
    ['abc', 1],
    ['0', 1],
    ['-3', 1],
    ['02', 1],
    ['1e3', 1],
    ['99999', 99999],
    ['9999999999', 1],
    [['3', '4'], 3],
  ])('%j → %i', (raw, page) => {
    expect(parseSearchPage(raw as string)).toBe(page);
  });
});
