import { describe, expect, it } from 'vitest';
import { normalizeRange, rangeHeaderFor } from './range.mjs';

describe('normalizeRange', () => {
  it.each([
    ['bytes=0-99', 1000, { start: 0, end: 99 }],
    ['bytes=900-', 1000, { start: 900, end: 999 }],
    ['bytes=900-5000', 1000, { start: 900, end: 999 }],
    // A suffix: the last N bytes (sirv read it as the first N).
    ['bytes=-100', 1000, { start: 900, end: 999 }],
    ['bytes=-5000', 1000, { start: 0, end: 999 }],
  ])('%s of %i bytes → %j (206)', (header, size, range) => {
    expect(normalizeRange(header, size)).toEqual(range);
  });

  it.each([
    ['bytes=999999-', 1000],
    ['bytes=1000-', 1000],
    ['bytes=-0', 1000],
    ['bytes=0-', 0],
  ])('%s of %i bytes is unsatisfiable (416)', (header, size) => {
    expect(normalizeRange(header, size)).toEqual({ start: size, end: size });
  });

  it.each(['bytes=5-2', 'bytes=x', 'bytes=0-1,5-6', 'items=0-5', 'bytes=-', 'bytes', '', 'bytes=1e3-'])('ignores %j (the whole file, 200), where sirv threw', (header) => {
    expect(normalizeRange(header, 1000)).toBeNull();
  });

  it('writes the header sirv reads', () => {
    expect(rangeHeaderFor({ start: 2, end: 9 })).toBe('bytes=2-9');
    expect(rangeHeaderFor(null)).toBeUndefined();
  });
});
