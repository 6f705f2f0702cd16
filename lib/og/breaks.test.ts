import { describe, expect, test } from 'vitest';
import { breakLines, breakOpportunities, prefixSums, trimEnd } from './breaks';

/** One unit of advance per character: widths are character counts. */
const unit = (text: string) => prefixSums(new Float64Array(text.length).fill(1));
const lines = (text: string, max: number) => breakLines(text, unit(text), breakOpportunities(text), max).map((l) => text.slice(l.start, l.contentEnd));

describe('break opportunities', () => {
  test('after spaces, in Arabic as in Latin, and always at the end', () => {
    const text = 'موجز اليوم Nvidia';
    expect(breakOpportunities(text).map((b) => b.position)).toEqual([5, 11, text.length]);
  });
  test('never inside a number, a percentage or before closing punctuation', () => {
    const text = 'زيادة 15.5% (سنويا)، الآن';
    const positions = breakOpportunities(text).map((b) => b.position);
    for (const inside of ['15.5%', '(سنويا)،']) {
      const at = text.indexOf(inside);
      for (let i = at + 1; i < at + inside.length; i++) expect(positions).not.toContain(i);
    }
  });
});

describe('greedy line breaking', () => {
  test('fills each line with as many words as fit; trailing spaces hang', () => {
    expect(lines('aa bb cc dd', 5)).toEqual(['aa bb', 'cc dd']);
    expect(lines('aa bb cc dd', 4)).toEqual(['aa', 'bb', 'cc', 'dd']);
    expect(lines('aa bb cc dd', 100)).toEqual(['aa bb cc dd']);
  });
  test('a word wider than the box overflows on a line of its own', () => {
    expect(lines('a bbbbbbbb c', 3)).toEqual(['a', 'bbbbbbbb', 'c']);
  });
  test('reports widths without the hanging spaces', () => {
    const text = 'ab cd ';
    const [first] = breakLines(text, unit(text), breakOpportunities(text), 3);
    expect(first).toMatchObject({ start: 0, end: 3, contentEnd: 2, width: 2 });
    expect(trimEnd('ab  ', 0, 4)).toBe(2);
  });
});
