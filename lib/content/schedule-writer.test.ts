import { describe, expect, it } from 'vitest';
import { publishedBetween, scheduleOfBriefings } from './schedule-writer';

const at = (iso: string) => Date.parse(iso);
const b = (date: string, draft = false) => ({ date, draft });

describe('scheduleOfBriefings', () => {
  it('holds the instants ahead of the build of every briefing but drafts, a day-only date at 00:00 in Riyadh', () => {
    const built = at('2026-12-08T10:00:00+03:00');
    const schedule = scheduleOfBriefings([b('2026-12-08T15:00+03:00'), b('2026-12-09'), b('2026-12-10', true), b('2026-12-01')], built);
    expect(schedule).toEqual({
      timeZone: 'Asia/Riyadh',
      builtAt: built,
      instants: [at('2026-12-08T15:00:00+03:00'), at('2026-12-09T00:00:00+03:00')],
    });
  });
});

describe('publishedBetween', () => {
  it('lists what came out in (from, to], oldest first, never a draft', () => {
    const list = [b('2026-12-08T15:05+03:00'), b('2026-12-08T15:00+03:00'), b('2026-12-08T15:01+03:00', true), b('2026-12-08T14:55+03:00')];
    const from = at('2026-12-08T14:55:00+03:00');
    expect(publishedBetween(list, from, at('2026-12-08T15:05:00+03:00')).map((x) => x.date)).toEqual(['2026-12-08T15:00+03:00', '2026-12-08T15:05+03:00']);
    expect(publishedBetween(list, from, at('2026-12-08T15:04:59+03:00')).map((x) => x.date)).toEqual(['2026-12-08T15:00+03:00']);
  });
});
