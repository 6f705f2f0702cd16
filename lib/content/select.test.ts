import { describe, expect, it } from 'vitest';
import {
  byDateDesc,
  countByTopic,
  modifiedInstant,
  latestDay,
  modifiedDay,
  neighboursOf,
  pageCount,
  paginate,
  passedCount,
  publicationState,
  relatedTo,
  latestBesides,
  indexVisible,
  visibleIn,
  type BriefingLike,
} from './select';

const b = (locale: string, slug: string, date: string, extra: Partial<BriefingLike> = {}): BriefingLike => ({
  locale,
  slug,
  date,
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
/** An instant, from an ISO string with its offset. */
const at = (iso: string) => Date.parse(iso);
const production = { now: at('2026-02-15T12:00:00+03:00'), preview: false };
const dev = { now: at('2026-02-15T12:00:00+03:00'), preview: true };
const timed = (date: string): BriefingLike => ({ locale: 'en', slug: 'x', date, topics: [] });

describe('publication state', () => {
  it('is draft, scheduled or published', () => {
    const now = at('2026-02-01T12:00:00+03:00');
    expect(publicationState(b('ar', 'x', '2026-01-01', { draft: true }), now)).toBe('draft');
    expect(publicationState(b('ar', 'x', '2026-03-01'), now)).toBe('scheduled');
    expect(publicationState(b('ar', 'x', '2026-02-01'), now)).toBe('published');
  });

  // The hour-early bug: a build on the day of `date: 2026-12-08T15:00+03:00`
  // published it at any time that day, from midnight.
  it('publishes a briefing with a time at that instant, not a minute before', () => {
    const briefing = timed('2026-12-08T15:00+03:00');
    expect(publicationState(briefing, at('2026-12-08T00:00:00+03:00'))).toBe('scheduled');
    expect(publicationState(briefing, at('2026-12-08T14:00:00+03:00'))).toBe('scheduled');
    expect(publicationState(briefing, at('2026-12-08T14:59:00+03:00'))).toBe('scheduled');
    expect(publicationState(briefing, at('2026-12-08T14:59:59.999+03:00'))).toBe('scheduled');
    expect(publicationState(briefing, at('2026-12-08T15:00:00+03:00'))).toBe('published');
    expect(publicationState(briefing, at('2026-12-08T15:01:00+03:00'))).toBe('published');
  });

  it('reads the offset the editor wrote (the same instant in UTC, and in another zone)', () => {
    const now = at('2026-12-08T12:00:00Z'); // 15:00 in Riyadh
    expect(publicationState(timed('2026-12-08T12:00Z'), now)).toBe('published');
    expect(publicationState(timed('2026-12-08T12:01Z'), now)).toBe('scheduled');
    expect(publicationState(timed('2026-12-08T07:00-05:00'), now)).toBe('published');
    expect(publicationState(timed('2026-12-08T07:01-05:00'), now)).toBe('scheduled');
  });

  it('publishes a day-only date at 00:00 in the site\'s time zone (Asia/Riyadh, UTC+3), not at UTC midnight', () => {
    const briefing = timed('2026-12-08');
    expect(publicationState(briefing, at('2026-12-07T20:59:00Z'))).toBe('scheduled'); // 23:59 in Riyadh
    expect(publicationState(briefing, at('2026-12-07T21:00:00Z'))).toBe('published'); // 00:00 in Riyadh
    expect(publicationState(briefing, at('2026-12-07T23:00:00Z'))).toBe('published'); // still the 7th in UTC
  });

  it('never publishes a draft, whatever the time', () => {
    expect(publicationState(timed('2020-01-01'), at('2030-01-01T00:00:00Z'))).toBe('published');
    expect(publicationState({ ...timed('2020-01-01'), draft: true }, at('2030-01-01T00:00:00Z'))).toBe('draft');
  });

  it('shows a scheduled briefing in lists at its instant', () => {
    const list = [timed('2026-12-08T15:00+03:00'), { ...timed('2026-12-01'), slug: 'older' }];
    expect(visibleIn(list, 'en', { now: at('2026-12-08T14:59:00+03:00'), preview: false }).map((x) => x.slug)).toEqual(['older']);
    expect(visibleIn(list, 'en', { now: at('2026-12-08T15:00:00+03:00'), preview: false }).map((x) => x.slug)).toEqual(['x', 'older']);
  });
});

describe('passedCount', () => {
  it('counts the instants at or before now (what lists are cached by)', () => {
    const instants = [10, 20, 20, 30];
    expect([0, 10, 19, 20, 29, 30, 99].map((now) => passedCount(instants, now))).toEqual([0, 1, 1, 3, 3, 4, 4]);
    expect(passedCount([], 5)).toBe(0);
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

describe('indexVisible().find', () => {
  const findBriefing = (list: typeof all, locale: string, slug: string, v: typeof production) => indexVisible(list, v).find(locale, slug);
  it('finds a published briefing and returns null for a missing or hidden one', () => {
    expect(findBriefing(all, 'ar', 'new', production)?.slug).toBe('new');
    expect(findBriefing(all, 'ar', 'nope', production)).toBeNull();
    expect(findBriefing(all, 'ar', 'draft', production)).toBeNull();
    expect(findBriefing(all, 'en', 'old', production)).toBeNull();
  });
});

describe('indexVisible().translations', () => {
  const translationsOf = (list: typeof all, b: BriefingLike, v: typeof production) => indexVisible(list, v).translations(b);
  it('finds the twin in the other language', () => {
    expect(Object.keys(translationsOf(all, all[1]!, production))).toEqual(['en']);
    expect(translationsOf(all, all[0]!, production)).toEqual({});
  });
});

describe('paginate', () => {
  const list = Array.from({ length: 23 }, (_, i) => i);

  it('cuts a list into pages of a size, the last one shorter', () => {
    expect(pageCount(23, 10)).toBe(3);
    expect(pageCount(0, 10)).toBe(1);
    expect(paginate(list, 1, 10)).toEqual({ items: list.slice(0, 10), page: 1, pageCount: 3 });
    expect(paginate(list, 3, 10)!.items).toEqual([20, 21, 22]);
  });

  it('has no page 0, no page past the end and no fractional page; an empty list has page 1', () => {
    expect(paginate(list, 0, 10)).toBeNull();
    expect(paginate(list, 4, 10)).toBeNull();
    expect(paginate(list, 1.5, 10)).toBeNull();
    expect(paginate([], 1, 10)).toEqual({ items: [], page: 1, pageCount: 1 });
  });
});

describe('relatedTo', () => {
  const list = [
    b('en', 'a', '2026-03-01', { topics: ['china', 'trade', 'chips'] }),
    b('en', 'b', '2026-02-01', { topics: ['china', 'trade'] }),
    b('en', 'c', '2026-02-15', { topics: ['china'] }),
    b('en', 'd', '2026-02-20', { topics: ['weather'] }),
    b('en', 'e', '2026-02-15', { topics: ['trade'] }),
  ];

  it('ranks by shared topics, then newest, then slug; never itself or an unrelated one', () => {
    expect(relatedTo(list, list[0]!, 10).map((x) => x.slug)).toEqual(['b', 'c', 'e']);
    expect(relatedTo(list, list[0]!, 2).map((x) => x.slug)).toEqual(['b', 'c']);
    expect(relatedTo(list, list[3]!, 10)).toEqual([]);
  });

  it('leaves out the newer and older links shown beside it, and still fills the limit', () => {
    // Before: "Related" and "Older briefing" pointed to the same story.
    expect(relatedTo(list, list[0]!, 2, new Set(['b'])).map((x) => x.slug)).toEqual(['c', 'e']);
  });
});

describe('neighboursOf', () => {
  it('finds the newer and older briefing in the stable order, none past the ends', () => {
    const list = visibleIn(all, 'ar', production);
    expect(list.map((x) => x.slug)).toEqual(['new', 'same-day-a', 'same-day-b', 'old']);
    const mid = neighboursOf(list, 'same-day-a');
    expect([mid.newer?.slug, mid.older?.slug]).toEqual(['new', 'same-day-b']);
    expect(neighboursOf(list, 'new').newer).toBeNull();
    expect(neighboursOf(list, 'old').older).toBeNull();
    expect(neighboursOf(list, 'nope')).toEqual({ newer: null, older: null });
  });
});

describe('countByTopic', () => {
  it('counts each briefing once per topic, and knows topics with none', () => {
    const counts = countByTopic([b('en', 'x', '2026-01-01', { topics: ['china', 'china', 'trade'] }), b('en', 'y', '2026-01-01')], ['china', 'trade', 'weather']);
    expect([...counts]).toEqual([
      ['china', 2],
      ['trade', 1],
      ['weather', 0],
    ]);
  });
});

describe('modifiedDay and latestDay', () => {
  it('use the update when it is later than the publication date', () => {
    expect(modifiedDay(b('en', 'x', '2026-01-01', { updated: '2026-01-05T00:00:00.000Z' }))).toBe('2026-01-05');
    expect(modifiedDay(b('en', 'x', '2026-01-01', { updated: '2025-12-31T00:00:00.000Z' }))).toBe('2026-01-01');
    expect(latestDay([b('en', 'x', '2026-01-01'), b('en', 'y', '2026-02-01')])).toBe('2026-02-01');
    expect(latestDay([])).toBeNull();
  });
});

describe('exact times and corrections', () => {
  const at = (slug: string, date: string, extra: Partial<BriefingLike> = {}): BriefingLike => ({ locale: 'en', slug, date, topics: [], ...extra });

  it('orders by instant: a time that day comes after the bare day, an earlier offset later', () => {
    const list = [at('day', '2026-01-28'), at('morning', '2026-01-28T08:00+03:00'), at('utc-late', '2026-01-28T20:00Z'), at('next', '2026-01-29')];
    // 20:00 UTC is 23:00 in Riyadh.
    expect([...list].sort(byDateDesc).map((b) => b.slug)).toEqual(['next', 'utc-late', 'morning', 'day']);
  });

  it('takes the latest of date, updated and corrections as the modification, with its instant', () => {
    const b = at('x', '2026-01-28T14:05+03:00', { updated: '2026-01-28', corrections: [{ date: '2026-01-29T10:00+03:00' }] });
    expect(modifiedInstant(b)).toBe('2026-01-29T10:00:00+03:00');
    expect(modifiedDay(b)).toBe('2026-01-29');
    expect(modifiedInstant(at('y', '2026-01-28T14:05+03:00', { updated: '2026-01-28' }))).toBe('2026-01-28T14:05:00+03:00');
    expect(modifiedInstant(at('z', '2026-01-28'))).toBe('2026-01-28');
  });
});

describe('latestBesides', () => {
  const list = ['a', 'b', 'c', 'd', 'e'].map((slug) => ({ slug }));

  it('keeps the order, leaves out the slugs shown elsewhere, and still fills the limit', () => {
    expect(latestBesides(list, new Set(['a', 'c']), 2).map((x) => x.slug)).toEqual(['b', 'd']);
    expect(latestBesides(list, new Set(), 3).map((x) => x.slug)).toEqual(['a', 'b', 'c']);
  });

  it('returns what there is when fewer are left, and nothing for a limit of 0', () => {
    expect(latestBesides(list, new Set(['a', 'b', 'c', 'd']), 3).map((x) => x.slug)).toEqual(['e']);
    expect(latestBesides(list, new Set(), 0)).toEqual([]);
  });
});
