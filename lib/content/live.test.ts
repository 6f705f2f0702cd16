import { describe, expect, it } from 'vitest';
import { lastUpdated, liveState, liveUpdatesOf, pageOfUpdate, readUpdates, updatePageCount, updatesOnPage, UPDATES_PER_PAGE } from './live';

const body = `Context first.

<Update id="b" time="2026-01-28T10:00+03:00" keyEvent breaking>
The **minister** resigned, said [Reuters](https://www.reuters.com/x).
</Update>

<Update id="a" time="2026-01-28T09:00+03:00" keyEvent={false}>
Talks opened.
</Update>
`;

describe('readUpdates', () => {
  it('reads each top-level <Update> with its attributes, flags, plain text and line', () => {
    const updates = readUpdates(body);
    expect(updates.map((u) => [u.id, u.time, u.keyEvent, u.breaking, u.line])).toEqual([
      ['b', '2026-01-28T10:00+03:00', true, true, 3],
      ['a', '2026-01-28T09:00+03:00', false, false, 7],
    ]);
    expect(updates[0]!.text).toBe('The minister resigned, said Reuters.');
  });

  it('finds nothing in a body without updates, or one that does not parse', () => {
    expect(readUpdates('Just text.')).toEqual([]);
    expect(readUpdates('<Update id="x" time="2026-01-28T10:00+03:00">\nunclosed')).toEqual([]);
  });

  it('keeps an empty update with empty text (the check reports it)', () => {
    expect(readUpdates('<Update id="x" time="2026-01-28T10:00+03:00">\n</Update>\n')[0]!.text).toBe('');
  });
});

describe('liveUpdatesOf', () => {
  it('sorts newest first by instant, whatever the file order and offsets', () => {
    const shuffled = `<Update id="old" time="2026-01-28T09:00+03:00">\nA\n</Update>\n\n<Update id="new" time="2026-01-28T07:30+00:00">\nB\n</Update>\n`;
    expect(liveUpdatesOf(shuffled).map((u) => u.id)).toEqual(['new', 'old']);
  });
});

describe('liveState', () => {
  const start = Date.parse('2026-01-28T06:00:00Z');
  const b = { live: { start: '2026-01-28T09:00+03:00', end: '2026-01-28T21:00+03:00' } };
  it('is upcoming before the start, live from it, ended from the end on', () => {
    expect(liveState(b, start - 1)).toBe('upcoming');
    expect(liveState(b, start)).toBe('live');
    expect(liveState(b, Date.parse('2026-01-28T18:00:00Z') - 1)).toBe('live');
    expect(liveState(b, Date.parse('2026-01-28T18:00:00Z'))).toBe('ended');
  });
  it('stays live without an end, and is null for a briefing that is not live', () => {
    expect(liveState({ live: { start: '2026-01-28T09:00+03:00' } }, start + 1e12)).toBe('live');
    expect(liveState({}, start)).toBeNull();
  });
  it('last updated is the newest update, or the start', () => {
    expect(lastUpdated({ live: { start: 's' }, updates: liveUpdatesOf(body) })).toBe('2026-01-28T10:00+03:00');
    expect(lastUpdated({ live: { start: '2026-01-28T09:00+03:00' }, updates: [] })).toBe('2026-01-28T09:00+03:00');
  });
});

describe('pagination of updates', () => {
  const many = Array.from({ length: 45 }, (_, i) => ({ id: `u${i}` }));
  it(`puts ${UPDATES_PER_PAGE} on a page, newest first`, () => {
    expect(updatePageCount(45)).toBe(3);
    expect(updatePageCount(0)).toBe(1);
    expect(updatesOnPage(many, 1)!.map((u) => u.id)).toEqual(many.slice(0, 20).map((u) => u.id));
    expect(updatesOnPage(many, 3)!.map((u) => u.id)).toEqual(['u40', 'u41', 'u42', 'u43', 'u44']);
    expect(updatesOnPage(many, 4)).toBeNull();
    expect(updatesOnPage(many, 0)).toBeNull();
  });
  it('knows which page an update is on', () => {
    expect(pageOfUpdate(many, 'u19')).toBe(1);
    expect(pageOfUpdate(many, 'u20')).toBe(2);
    expect(pageOfUpdate(many, 'nope')).toBeNull();
  });
});
