import { describe, expect, it } from 'vitest';
import { isAfter, lastChange, lastRevision, newerTwin } from './translation';

const v = (locale: string, extra: { date?: string; updated?: string; corrections?: { date: string }[] } = {}) => ({ locale, date: '2026-01-28', ...extra });

describe('lastRevision and lastChange', () => {
  it('a revision is the latest updated or correction, never the publication date', () => {
    expect(lastRevision(v('ar'))).toBeNull();
    expect(lastRevision(v('ar', { updated: '2026-01-30', corrections: [{ date: '2026-01-29T10:00+03:00' }, { date: '2026-02-02' }] }))).toBe('2026-02-02');
    expect(lastChange(v('ar'))).toBe('2026-01-28');
    expect(lastChange(v('ar', { updated: '2026-01-29T09:00+03:00' }))).toBe('2026-01-29T09:00+03:00');
  });

  it('a time later on a day wins over the bare day', () => {
    expect(lastRevision(v('ar', { updated: '2026-01-29', corrections: [{ date: '2026-01-29T10:00+03:00' }] }))).toBe('2026-01-29T10:00+03:00');
  });
});

describe('isAfter', () => {
  it('compares instants when both have a time, else days in the site’s zone', () => {
    expect(isAfter('2026-01-29T10:01+03:00', '2026-01-29T10:00+03:00')).toBe(true);
    expect(isAfter('2026-01-29T10:00+03:00', '2026-01-29T10:00+03:00')).toBe(false);
    expect(isAfter('2026-01-29T23:00+03:00', '2026-01-29')).toBe(false);
    expect(isAfter('2026-01-30', '2026-01-29T23:00+03:00')).toBe(true);
    // 22:30 UTC on the 29th is the 30th in Riyadh.
    expect(isAfter('2026-01-29T22:30Z', '2026-01-29')).toBe(true);
    expect(isAfter('not a date', '2026-01-29')).toBe(false);
  });
});

describe('newerTwin', () => {
  it('is null when the twins were not revised, or not after this version', () => {
    expect(newerTwin(v('en'), [v('ar')])).toBeNull();
    expect(newerTwin(v('en', { updated: '2026-02-01' }), [v('ar', { updated: '2026-02-01' })])).toBeNull();
    expect(newerTwin(v('en', { corrections: [{ date: '2026-02-03' }] }), [v('ar', { updated: '2026-02-01' })])).toBeNull();
  });

  it('a twin updated or corrected after this version last changed is newer, with that date', () => {
    const ar = v('ar', { corrections: [{ date: '2026-01-29T10:00+03:00' }] });
    expect(newerTwin(v('en'), [ar])).toEqual({ twin: ar, revised: '2026-01-29T10:00+03:00' });
    const updated = v('ar', { updated: '2026-02-01' });
    expect(newerTwin(v('en', { updated: '2026-01-30' }), [updated])).toEqual({ twin: updated, revised: '2026-02-01' });
  });

  it('a translation published after its source is not newer for that', () => {
    expect(newerTwin(v('ar'), [v('en', { date: '2026-01-30' })])).toBeNull();
  });

  it('picks the most recently revised of several twins, and never the version itself', () => {
    const fa = v('fa', { updated: '2026-02-05' });
    const ar = v('ar', { updated: '2026-02-01' });
    expect(newerTwin(v('en'), [ar, fa, v('en', { updated: '2026-03-01' })])?.twin).toBe(fa);
  });
});
