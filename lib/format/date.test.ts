import { describe, expect, it } from 'vitest';
import { calendarDay, formatDate, formatDateTime, formatEventDate, formatTime, hasTime, instantOf, machineDate, parseDateTime } from './date';

describe('formatDate', () => {
  it('formats a calendar date in each language with Latin digits', () => {
    expect(formatDate('2026-01-28', 'en')).toBe('28 January 2026');
    expect(formatDate('2026-01-28', 'ar')).toBe('28 يناير 2026');
  });

  it('never moves a date to the day before, whatever the time zone of the server', () => {
    // contentlayer hands dates over as ISO instants at UTC midnight.
    expect(formatDate('2026-01-28T00:00:00.000Z', 'en')).toBe('28 January 2026');
  });

  it('returns null for something that is not a date', () => {
    expect(formatDate('soon', 'en')).toBeNull();
    expect(formatDate('', 'ar')).toBeNull();
  });
});

describe('formatEventDate', () => {
  it('formats a month when only the month is known', () => {
    expect(formatEventDate('2025-12', 'en')).toBe('December 2025');
    expect(formatEventDate('2025-12', 'ar')).toBe('ديسمبر 2025');
  });

  it('formats a full day like formatDate', () => {
    expect(formatEventDate('2026-01-28', 'en')).toBe('28 January 2026');
  });

  it('returns null for nonsense', () => {
    expect(formatEventDate('December', 'en')).toBeNull();
  });
});

describe('calendarDay', () => {
  it('keeps the day of an ISO instant', () => {
    expect(calendarDay('2026-01-28T00:00:00.000Z')).toBe('2026-01-28');
  });
});

describe('formatTime', () => {
  it('formats the time of day in the site time zone, with Latin digits', () => {
    expect(formatTime('2026-01-28T11:30:00.000Z', 'en', 'Asia/Riyadh')).toBe('14:30');
    expect(formatTime('2026-01-28T14:30+03:00', 'ar', 'Asia/Riyadh')).toMatch(/^\d{1,2}:30/);
  });

  it('is null for a date-only value', () => {
    expect(formatTime('2026-01-28', 'en', 'Asia/Riyadh')).toBeNull();
  });
});

describe('exact times', () => {
  it.each([
    ['2026-01-28', { writtenDay: '2026-01-28', hasTime: false, iso: '2026-01-28' }],
    ['2026-01-28T14:05+03:00', { writtenDay: '2026-01-28', hasTime: true, iso: '2026-01-28T14:05:00+03:00', epoch: Date.UTC(2026, 0, 28, 11, 5) }],
    ['2026-01-28T14:05:09Z', { hasTime: true, iso: '2026-01-28T14:05:09Z', epoch: Date.UTC(2026, 0, 28, 14, 5, 9) }],
    ['2026-01-28T23:30-0500', { hasTime: true, iso: '2026-01-28T23:30:00-05:00', epoch: Date.UTC(2026, 0, 29, 4, 30) }],
  ])('parses %s', (value, expected) => {
    expect(parseDateTime(value)).toMatchObject(expected);
  });

  it.each(['2026-02-30', '2026-01-28T24:00+03:00', '2026-01-28T12:60Z', '2026-01-28T14:05', '2026-01-28T10:00+15:00', '28/01/2026'])('refuses %s', (value) => {
    expect(parseDateTime(value)).toBeNull();
  });

  it('counts a bare day from its midnight in the site’s zone (Riyadh, UTC+3)', () => {
    expect(instantOf('2026-01-28')).toBe(Date.UTC(2026, 0, 27, 21, 0));
  });

  it('cuts an instant to its day in the site’s zone, not in UTC or the writer’s offset', () => {
    // 22:30 UTC on the 28th is 01:30 on the 29th in Riyadh.
    expect(calendarDay('2026-01-28T22:30Z')).toBe('2026-01-29');
    expect(calendarDay('2026-01-28T23:30-05:00')).toBe('2026-01-29');
    expect(calendarDay('2026-01-28T14:05+03:00')).toBe('2026-01-28');
    expect(calendarDay('2026-01-28')).toBe('2026-01-28');
  });

  it('gives machines the day, or the full instant with its offset', () => {
    expect(machineDate('2026-01-28')).toBe('2026-01-28');
    expect(machineDate('2026-01-28T14:05+03:00')).toBe('2026-01-28T14:05:00+03:00');
  });

  it.each([
    ['en', '2026-01-28T14:05+03:00', '28 January 2026 at 14:05 Arabian Standard Time'],
    ['ar', '2026-01-28T14:05+03:00', '28 يناير 2026 في 2:05 م التوقيت العربي الرسمي'],
    // Written in UTC, shown in Riyadh time.
    ['en', '2026-01-28T22:30Z', '29 January 2026 at 01:30 Arabian Standard Time'],
    ['en', '2026-01-28', '28 January 2026'],
  ] as const)('shows a %s reader %s as "%s"', (locale, value, text) => {
    expect(formatDateTime(value, locale)).toBe(text);
  });

  it('tells a day from a time', () => {
    expect(hasTime('2026-01-28')).toBe(false);
    expect(hasTime('2026-01-28T00:00+03:00')).toBe(true);
  });
});
