import { describe, expect, it } from 'vitest';
import { formatDate, formatEventDate, calendarDay, formatTime, hasTime, publicationDay } from './date';

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

describe('hasTime', () => {
  it.each([
    ['2026-01-28', false],
    ['2026-01-28T00:00:00.000Z', false],
    ['2026-01-28T00:00:00Z', false],
    ['2026-01-28T00:00Z', false],
    ['2026-01-28T14:30:00.000Z', true],
    ['2026-01-28T14:30:00+03:00', true],
    ['2026-01-28T00:00:00+03:00', true],
    ['2026-01-28Tnonsense', false],
    ['', false],
  ])('%s → %s', (value, expected) => {
    expect(hasTime(value)).toBe(expected);
  });
});

describe('formatTime', () => {
  it('formats the time of day in the site time zone, with Latin digits', () => {
    expect(formatTime('2026-01-28T11:30:00.000Z', 'en', 'Asia/Riyadh')).toBe('14:30');
    expect(formatTime('2026-01-28T11:30:00.000Z', 'ar', 'Asia/Riyadh')).toMatch(/^\d{1,2}:30/);
  });

  it('is null for a date-only value', () => {
    expect(formatTime('2026-01-28T00:00:00.000Z', 'en', 'Asia/Riyadh')).toBeNull();
  });
});

describe('publicationDay', () => {
  it('is the written day for a date-only value, the local day for an instant', () => {
    expect(publicationDay('2026-01-28T00:00:00.000Z', 'Asia/Riyadh')).toBe('2026-01-28');
    expect(publicationDay('2026-01-27T22:30:00.000Z', 'Asia/Riyadh')).toBe('2026-01-28');
  });
});
