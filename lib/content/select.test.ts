import { describe, expect, it } from 'vitest';
import { findBriefing, publicationState, translationsOf, visibleIn, type BriefingLike } from './select';

const b = (locale: string, slug: string, date: string, extra: Partial<BriefingLike> = {}): BriefingLike => ({
  locale,
  slug,
  date: `${date}T00:00:00.000Z`,
  topics: ['china'],
  ...extra,
});

const all = [
  b('ar', 'old', '2026-01-01'),
  b('ar', 'new', '2026-02-01'),
  b('ar', 'same-day-b', '2026-01-15'),
  b('ar', 'same-day-a', '2026-01-15'),
  b('ar', 'draft', '2026-01-10', { draft: true }),
  b('ar', 'future', '2026-03-01'),
  b('en', 'new', '2026-02-01'),
  b('en', 'english-only', '2026-01-05'),
];
const production = { today: '2026-02-15', preview: false };
const dev = { today: '2026-02-15', preview: true };

describe('publication state', () => {
  it('is draft, scheduled or published', () => {
    expect(publicationState(b('ar', 'x', '2026-01-01', { draft: true }), '2026-02-01')).toBe('draft');
    expect(publicationState(b('ar', 'x', '2026-03-01'), '2026-02-01')).toBe('scheduled');
    expect(publicationState(b('ar', 'x', '2026-02-01'), '2026-02-01')).toBe('published');
  });
});

describe('visibleIn', () => {
  it('lists published briefings of one language, newest first, slug breaking ties', () => {
    expect(visibleIn(all, 'ar', production).map((x) => x.slug)).toEqual(['new', 'same-day-a', 'same-day-b', 'old']);
  });

  it('shows drafts and scheduled briefings in preview only', () => {
    expect(visibleIn(all, 'ar', dev).map((x) => x.slug)).toContain('draft');
    expect(visibleIn(all, 'ar', dev).map((x) => x.slug)).toContain('future');
  });

  it('lists a briefing that exists in one language in that language only', () => {
    expect(visibleIn(all, 'en', production).map((x) => x.slug)).toEqual(['new', 'english-only']);
    expect(visibleIn(all, 'ar', production).map((x) => x.slug)).not.toContain('english-only');
  });
});

describe('findBriefing', () => {
  it('finds a published briefing and returns null for a missing or hidden one', () => {
    expect(findBriefing(all, 'ar', 'new', production)?.slug).toBe('new');
    expect(findBriefing(all, 'ar', 'nope', production)).toBeNull();
    expect(findBriefing(all, 'ar', 'draft', production)).toBeNull();
    expect(findBriefing(all, 'en', 'old', production)).toBeNull();
  });
});

describe('translationsOf', () => {
  it('finds the twin in the other language', () => {
    expect(Object.keys(translationsOf(all, all[1]!, production))).toEqual(['en']);
    expect(translationsOf(all, all[0]!, production)).toEqual({});
  });
});
