import { describe, expect, it } from 'vitest';
import { editionOn, editionsOf, isEditionDay } from './edition';

const TZ = 'Asia/Riyadh';
const b = (slug: string, date: string) => ({ slug, date });

describe('isEditionDay', () => {
  it.each([
    ['2026-01-28', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-28', false],
    ['2026-01-28.txt', false],
    ['latest', false],
  ])('%s → %s', (day, ok) => expect(isEditionDay(day)).toBe(ok));
});

describe('editionsOf', () => {
  const list = [
    b('c', '2026-01-29T00:30+03:00'),
    // 23:30 UTC on the 28th is 02:30 on the 29th in Riyadh: the 29th's edition.
    b('b', '2026-01-28T23:30Z'),
    b('a', '2026-01-28'),
    b('z', '2026-01-26'),
  ];

  it('cuts briefings into days of the site time zone, newest day first, keeping the given order inside a day', () => {
    const editions = editionsOf(list, TZ);
    expect(editions.map((e) => [e.day, e.items.map((i) => i.slug)])).toEqual([
      ['2026-01-29', ['c', 'b']],
      ['2026-01-28', ['a']],
      ['2026-01-26', ['z']],
    ]);
  });

  it('links each edition to the next and previous days that have one, skipping empty days', () => {
    const editions = editionsOf(list, TZ);
    expect(editions.map((e) => [e.newer, e.older])).toEqual([
      [null, '2026-01-28'],
      ['2026-01-29', '2026-01-26'],
      ['2026-01-28', null],
    ]);
  });

  it('sorts days even when a list ordered by instant puts a later Riyadh day after an earlier one', () => {
    // y is 22:30 on the 28th in Riyadh, x 01:00 on the 29th.
    const editions = editionsOf([b('y', '2026-01-29T00:30+05:00'), b('x', '2026-01-28T22:00Z')], TZ);
    expect(editions.map((e) => [e.day, e.items.map((i) => i.slug)])).toEqual([
      ['2026-01-29', ['x']],
      ['2026-01-28', ['y']],
    ]);
  });

  it('has no editions for no briefings', () => expect(editionsOf([], TZ)).toEqual([]));
});

describe('editionOn', () => {
  const editions = editionsOf([b('a', '2026-01-28'), b('z', '2026-01-26')], TZ);
  it('finds a day with briefings', () => expect(editionOn(editions, '2026-01-28')?.items).toEqual([b('a', '2026-01-28')]));
  it('is null for a day without briefings, an impossible day and a non-day', () => {
    expect(editionOn(editions, '2026-01-27')).toBeNull();
    expect(editionOn(editions, '2026-02-30')).toBeNull();
    expect(editionOn(editions, '2026-01-28.txt')).toBeNull();
  });
});
