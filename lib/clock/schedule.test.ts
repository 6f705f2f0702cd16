import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteTimeZone } from '../../i18n/locales';
import { midnightAfter, nextInstant, outdated, readSchedule, SCHEDULE_FILE, scheduleOf, SETTLE_MS, validUntil } from './schedule.mjs';

const at = (iso: string) => Date.parse(iso);
const MINUTE = 60_000;
/** A briefing timed for 15:00 in Riyadh on 8 December 2026. */
const T = at('2026-12-08T15:00:00+03:00');
const schedule = scheduleOf([T, at('2026-12-09T09:30:00+03:00')], siteTimeZone, at('2026-12-08T10:00:00+03:00'));

describe('scheduleOf', () => {
  it('keeps the instants after the build, sorted, once each', () => {
    const s = scheduleOf([T + 5, T, T, T - 10 * MINUTE, Number.NaN], 'Asia/Riyadh', T - MINUTE);
    expect(s.instants).toEqual([T, T + 5]);
  });
});

describe('midnightAfter', () => {
  it("is 00:00 of the next day in the site's time zone (21:00 UTC in Riyadh)", () => {
    expect(midnightAfter(at('2026-12-08T15:00:00+03:00'), 'Asia/Riyadh')).toBe(at('2026-12-09T00:00:00+03:00'));
    expect(midnightAfter(at('2026-12-08T23:59:59+03:00'), 'Asia/Riyadh')).toBe(at('2026-12-09T00:00:00+03:00'));
    expect(midnightAfter(at('2026-12-09T00:00:00+03:00'), 'Asia/Riyadh')).toBe(at('2026-12-10T00:00:00+03:00'));
  });

  it('follows a zone that changes its offset (London, the night clocks go forward)', () => {
    expect(midnightAfter(at('2026-03-28T12:00:00Z'), 'Europe/London')).toBe(at('2026-03-29T00:00:00Z'));
    expect(midnightAfter(at('2026-03-29T12:00:00+01:00'), 'Europe/London')).toBe(at('2026-03-30T00:00:00+01:00'));
  });
});

describe('outdated', () => {
  it('keeps a page stored before the instant until the instant, not a millisecond longer', () => {
    const stored = at('2026-12-08T11:00:00+03:00');
    expect(outdated(stored, T - MINUTE, schedule)).toBe(false);
    expect(outdated(stored, T - 1, schedule)).toBe(false);
    expect(outdated(stored, T, schedule)).toBe(true);
    expect(outdated(stored, T + 5 * MINUTE, schedule)).toBe(true);
  });

  it('renders a page stored in the minute after an instant once more at its end (a render may have begun before it)', () => {
    const stored = T + 2_000;
    expect(outdated(stored, T + 30_000, schedule)).toBe(false);
    expect(outdated(stored, T + SETTLE_MS, schedule)).toBe(true);
    // Rendered after the settling minute: up to date until the next instant (the next midnight comes first).
    const later = T + SETTLE_MS + 1;
    expect(outdated(later, at('2026-12-08T23:59:00+03:00'), schedule)).toBe(false);
    expect(outdated(later, at('2026-12-09T00:00:00+03:00'), schedule)).toBe(true);
  });

  it('renders every page again after midnight in the site\'s time zone ("Today" headings, the News sitemap\'s window)', () => {
    const stored = at('2026-12-09T00:30:00+03:00');
    expect(validUntil(stored, schedule)).toBe(at('2026-12-09T09:30:00+03:00'));
    expect(outdated(at('2026-12-07T12:00:00+03:00'), at('2026-12-08T00:00:00+03:00'), schedule)).toBe(true);
    expect(outdated(at('2026-12-07T12:00:00+03:00'), at('2026-12-07T23:59:59+03:00'), scheduleOf([], siteTimeZone, 0))).toBe(false);
  });

  it('never expires anything without a schedule (`next dev`, no build)', () => {
    expect(outdated(0, Date.parse('2100-01-01T00:00:00Z'), null)).toBe(false);
  });
});

describe('nextInstant', () => {
  it('is the first publication instant after a moment, midnight aside; Infinity when none is ahead', () => {
    expect(nextInstant(T - 1, schedule)).toBe(T);
    expect(nextInstant(T, schedule)).toBe(at('2026-12-09T09:30:00+03:00'));
    expect(nextInstant(at('2026-12-10T00:00:00+03:00'), schedule)).toBe(Infinity);
    expect(nextInstant(0, null)).toBe(Infinity);
  });
});

describe('readSchedule', () => {
  it("reads the build's file, and null when there is none or it is not a schedule", () => {
    const root = mkdtempSync(join(tmpdir(), 'mawjaz-schedule-'));
    try {
      expect(readSchedule(root)).toBeNull();
      const other = mkdtempSync(join(tmpdir(), 'mawjaz-schedule-'));
      mkdirSync(dirname(join(other, SCHEDULE_FILE)), { recursive: true });
      writeFileSync(join(other, SCHEDULE_FILE), JSON.stringify(schedule));
      expect(readSchedule(other)).toEqual(schedule);
      rmSync(other, { recursive: true, force: true });
      const broken = mkdtempSync(join(tmpdir(), 'mawjaz-schedule-'));
      mkdirSync(dirname(join(broken, SCHEDULE_FILE)), { recursive: true });
      writeFileSync(join(broken, SCHEDULE_FILE), '{"instants": "soon"}');
      expect(readSchedule(broken)).toBeNull();
      rmSync(broken, { recursive: true, force: true });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
