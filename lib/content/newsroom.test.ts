import { describe, expect, it } from 'vitest';
import { briefingsBy, correctionEntries, correctionsOf } from './newsroom';

const b = (slug: string, extra: { authors?: string[]; corrections?: { date: string; text: string }[] } = {}) => ({
  locale: 'en',
  slug,
  title: `Briefing ${slug}`,
  date: '2026-01-28',
  ...extra,
});

describe('corrections', () => {
  it('lists a briefing’s corrections newest first, a time on a day after that bare day', () => {
    const list = correctionsOf(b('x', { corrections: [{ date: '2026-01-29', text: 'a' }, { date: '2026-01-29T10:00+03:00', text: 'b' }, { date: '2026-01-28T23:00Z', text: 'c' }] }));
    // 23:00 UTC on the 28th is 02:00 on the 29th in Riyadh, after its midnight.
    expect(list.map((c) => c.text)).toEqual(['b', 'c', 'a']);
  });

  it('gathers every correction of a language for the corrections page, newest first, then by slug', () => {
    const entries = correctionEntries([
      b('a', { corrections: [{ date: '2026-02-01', text: 'a1' }] }),
      b('b'),
      b('c', { corrections: [{ date: '2026-02-03', text: 'c1' }, { date: '2026-02-01', text: 'c2' }] }),
    ]);
    expect(entries.map((e) => `${e.briefing.slug}:${e.correction.text}`)).toEqual(['c:c1', 'a:a1', 'c:c2']);
  });
});

describe('briefingsBy', () => {
  it('keeps the briefings an author signed, in the given order', () => {
    const list = [b('a', { authors: ['desk'] }), b('b', { authors: ['someone'] }), b('c', { authors: ['someone', 'desk'] }), b('d')];
    expect(briefingsBy(list, 'desk').map((x) => x.slug)).toEqual(['a', 'c']);
  });
});
