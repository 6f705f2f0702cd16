import { describe, expect, it } from 'vitest';
import { found, laterPageParam, laterPages, localeParam } from './page-params';

describe('laterPageParam', () => {
  it.each([
    ['2', 2],
    ['12', 12],
    ['999999', 999999],
  ])('reads %j as page %d', (value, page) => {
    expect(laterPageParam(value)).toBe(page);
  });

  it.each(['1', '0', '02', '1e1', '2.0', ' 2', '-2', 'x', '', '1000000'])('has no page %j (one URL per page; page 1 is the plain path)', (value) => {
    expect(laterPageParam(value)).toBeNull();
  });
});

describe('laterPages', () => {
  it.each([
    [0, []],
    [1, []],
    [2, [2]],
    [4, [2, 3, 4]],
  ])('of %d pages is %j', (count, pages) => {
    expect(laterPages(count)).toEqual(pages);
  });
});

describe('localeParam', () => {
  it.each([
    ['ar', { locale: 'ar', lite: false }],
    ['en', { locale: 'en', lite: false }],
    // Lite mode's spelling of the segment (lib/routing/lite.ts).
    ['lite-ar', { locale: 'ar', lite: true }],
    ['lite-fr', null],
    ['fr', null],
    ['AR', null],
    ['', null],
  ])('%j → %j', (value, expected) => {
    expect(localeParam(value)).toEqual(expected);
  });
});

describe('found', () => {
  it('is a 404 for nothing found', () => {
    expect(() => found(null)).toThrow(expect.objectContaining({ digest: expect.stringContaining('404') }));
  });
});
