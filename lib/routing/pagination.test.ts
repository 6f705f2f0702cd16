import { describe, expect, it } from 'vitest';
import { pageLinks } from './pagination';

describe('pageLinks', () => {
  it.each([
    [1, 1, [1]],
    [1, 2, [1, 2]],
    [3, 7, [1, 2, 3, 4, 5, 6, 7]],
    [1, 1000, [1, 2, 3, 'gap', 1000]],
    [12, 1000, [1, 'gap', 10, 11, 12, 13, 14, 'gap', 1000]],
    [1000, 1000, [1, 'gap', 998, 999, 1000]],
    // A gap of one number shows the number instead.
    [5, 9, [1, 2, 3, 4, 5, 6, 7, 8, 9]],
    [5, 10, [1, 2, 3, 4, 5, 6, 7, 'gap', 10]],
  ])('page %i of %i: %j', (page, count, expected) => {
    expect(pageLinks(page, count)).toEqual(expected);
  });

  it('stays the same size however long the list', () => {
    expect(pageLinks(5000, 10_000).length).toBe(9);
  });
});
