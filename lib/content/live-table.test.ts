import { describe, expect, it } from 'vitest';
import { liveInstants, liveTableOf } from './live-table';
import { scheduleOfBriefings } from './schedule-writer';

const b = (slug: string, live: { start: string; end?: string } | undefined, draft = false) => ({ locale: 'en', slug, draft, live, date: '2026-01-28' }) as never;

describe('liveTableOf', () => {
  const built = Date.parse('2026-01-28T10:00:00Z');
  it('lists open and not yet ended live briefings, never drafts or ended ones', () => {
    const table = liveTableOf(
      [
        b('open', { start: '2026-01-28T09:00+03:00' }),
        b('ends-later', { start: '2026-01-28T09:00+03:00', end: '2026-01-28T21:00+03:00' }),
        b('ended', { start: '2026-01-28T09:00+03:00', end: '2026-01-28T12:00+03:00' }),
        b('draft', { start: '2026-01-28T09:00+03:00' }, true),
        b('plain', undefined),
      ],
      built,
    );
    expect(table).toEqual([
      { path: '/en/briefings/ends-later', end: Date.parse('2026-01-28T18:00:00Z') },
      { path: '/en/briefings/open', end: null },
    ]);
  });
  it('puts the coverage start and end in the schedule, so caches render the page again then', () => {
    const index = [b('x', { start: '2026-01-28T14:00+03:00', end: '2026-01-28T21:00+03:00' })];
    expect(liveInstants(index)).toEqual([Date.parse('2026-01-28T11:00:00Z'), Date.parse('2026-01-28T18:00:00Z')]);
    expect(scheduleOfBriefings(index, built).instants).toEqual([Date.parse('2026-01-28T11:00:00Z'), Date.parse('2026-01-28T18:00:00Z')]);
  });
});
