import { describe, expect, it } from 'vitest';
import { daysBefore, dayHeading, groupByDay, relativeDayLabel } from './day-groups';

const TZ = 'Asia/Riyadh';

describe('relativeDayLabel', () => {
  it.each([
    ['2026-01-28', 'en', 'Today'],
    ['2026-01-27', 'en', 'Yesterday'],
    ['2026-01-28', 'ar', 'اليوم'],
    ['2026-01-27', 'ar', 'أمس'],
    ['2026-01-26', 'en', null],
    ['2026-01-26', 'ar', null],
    ['2026-01-29', 'en', null],
  ] as const)('%s seen on 2026-01-28 in %s is %s', (day, locale, label) => {
    expect(relativeDayLabel(day, '2026-01-28', locale)).toBe(label);
  });

  it('counts across a month and a year', () => {
    expect(daysBefore('2025-12-31', '2026-01-01')).toBe(1);
    expect(relativeDayLabel('2026-02-28', '2026-03-01', 'en')).toBe('Yesterday');
  });
});

describe('dayHeading', () => {
  it.each([
    ['en', 'Wednesday, 28 January 2026'],
    ['ar', 'الأربعاء، 28 يناير 2026'],
  ] as const)('names the weekday and date in %s, with Latin digits', (locale, text) => {
    expect(dayHeading('2026-01-28', locale)).toBe(text);
  });
});

describe('groupByDay', () => {
  const items = [
    { id: 'a', date: '2026-01-28T00:00:00.000Z' },
    { id: 'b', date: '2026-01-28' },
    // 22:30 UTC on the 27th is 01:30 on the 28th in Riyadh.
    { id: 'c', date: '2026-01-27T22:30:00.000Z' },
    { id: 'd', date: '2026-01-27T10:00:00.000Z' },
    { id: 'e', date: '2026-01-20T00:00:00.000Z' },
  ];

  it('puts consecutive briefings of one day in one group, in the site time zone', () => {
    const groups = groupByDay(items, '2026-01-28', 'en', TZ);
    expect(groups.map((g) => [g.day, g.items.map((i) => i.id).join('')])).toEqual([
      ['2026-01-28', 'abc'],
      ['2026-01-27', 'd'],
      ['2026-01-20', 'e'],
    ]);
    expect(groups.map((g) => g.relative)).toEqual(['Today', 'Yesterday', null]);
    expect(groups[2]!.date).toBe('Tuesday, 20 January 2026');
  });

  it('labels in Arabic', () => {
    const groups = groupByDay(items, '2026-01-28', 'ar', TZ);
    expect(groups.map((g) => g.relative)).toEqual(['اليوم', 'أمس', null]);
    expect(groups[2]!.date).toBe('الثلاثاء، 20 يناير 2026');
  });

  it('returns no groups for no briefings', () => {
    expect(groupByDay([], '2026-01-28', 'en', TZ)).toEqual([]);
  });
});
