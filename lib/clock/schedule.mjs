// @ts-check
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zoneOffsetMs } from './zone.mjs';

/**
 * When a stored page or response is out of date because time has passed.
 *
 * What the site shows depends on the clock at a few known instants only: a
 * scheduled briefing's publication instant (it enters the homes, lists,
 * topics, feeds, sitemaps, search and its neighbours' pages), and midnight
 * in the site's time zone ("Today"/"Yesterday" headings, the News sitemap's
 * window). `npm run build` writes those instants that are still ahead
 * (scripts/content-build.ts → SCHEDULE_FILE). Every cache that keeps a
 * rendered page then asks `outdated(storedAt, now(), schedule)`:
 * - Next's cache of pages and route responses (lib/http/cache-handler.mjs):
 *   an outdated entry is handed back as expired, so Next renders it again
 *   before answering (a blocking revalidation), prerendered or on demand alike;
 * - our server (lib/serve/files.mjs) stops sending a page's file.
 * No timer and no restart: the first request after the instant renders the
 * page with the clock past it, so a page cannot show a briefing its list
 * hides. Why not `revalidate = 60` everywhere: it re-renders every page
 * every minute forever for a change that happens a few times a day, and
 * serves the stale copy to the first reader (stale-while-revalidate).
 *
 * A render can start just before an instant and be stored just after it.
 * So an entry is also outdated once SETTLE_MS have passed after an instant
 * if it was stored within them: each page renders at most twice per instant.
 */

/** Where the build writes the schedule, relative to the project (or standalone server) root. */
export const SCHEDULE_FILE = join('.contentlayer', 'mawjaz', 'schedule.json');

/** Longer than any render: entries stored this soon after an instant are rendered once more. */
export const SETTLE_MS = 60_000;

/**
 * @typedef {{ timeZone: string, builtAt: number, instants: number[] }} Schedule
 */

/**
 * Pure: the schedule of a build: the publication instants after `builtAt`,
 * sorted and once each.
 * @param {readonly number[]} instants
 * @param {string} timeZone
 * @param {number} builtAt
 * @returns {Schedule}
 */
export function scheduleOf(instants, timeZone, builtAt) {
  const ahead = [...new Set(instants.filter((t) => Number.isFinite(t) && t > builtAt))].sort((a, b) => a - b);
  return { timeZone, builtAt, instants: ahead };
}

/** @type {Map<string, Intl.DateTimeFormat>} */
const dayFormats = new Map();
/**
 * The last answer per zone, as an interval: every moment in [from, until)
 * has `until` as its next midnight. A cache asks for entries stored the same
 * day again and again; Intl costs ~7 µs a call, this a comparison.
 * @type {Map<string, { from: number, until: number }>}
 */
const lastMidnight = new Map();

/** Pure: the first midnight in `timeZone` after `epoch`. @param {number} epoch @param {string} timeZone */
export function midnightAfter(epoch, timeZone) {
  const last = lastMidnight.get(timeZone);
  if (last && epoch >= last.from && epoch < last.until) return last.until;
  const until = computeMidnightAfter(epoch, timeZone);
  // No day is shorter than 23 hours (a night the clocks go forward): the
  // 23 hours before `until` are all in the same day as `epoch`.
  lastMidnight.set(timeZone, { from: Math.min(epoch, until - 23 * 3_600_000), until });
  return until;
}

/** @param {number} epoch @param {string} timeZone */
function computeMidnightAfter(epoch, timeZone) {
  let f = dayFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA-u-nu-latn', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, f);
  }
  const [y, m, d] = f.format(new Date(epoch)).split('-').map(Number);
  const utc = Date.UTC(y, m - 1, d + 1);
  // The offset at the guess, not at UTC midnight, for zones that change it that night.
  return utc - zoneOffsetMs(utc - zoneOffsetMs(utc, timeZone), timeZone);
}

/**
 * Pure: until when something stored at `storedAt` is up to date: the first
 * of the next publication instant, the end of the settling minute of an
 * instant just before it (SETTLE_MS), and the next midnight in the site's
 * time zone. Infinity without a schedule.
 * @param {number} storedAt
 * @param {Schedule | null} schedule
 */
export function validUntil(storedAt, schedule) {
  if (!schedule) return Infinity;
  let until = midnightAfter(storedAt, schedule.timeZone);
  const { instants } = schedule;
  // The first instant after storedAt - SETTLE_MS (binary search).
  let lo = 0;
  let hi = instants.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (instants[mid] <= storedAt - SETTLE_MS) lo = mid + 1;
    else hi = mid;
  }
  if (lo < instants.length) {
    const at = instants[lo];
    // Stored before it: out of date at it. Stored in its settling minute: at that minute's end.
    until = Math.min(until, at > storedAt ? at : at + SETTLE_MS);
    // The next instant after storedAt, past those in the settling minute.
    let i = lo;
    while (i < instants.length && instants[i] <= storedAt) i++;
    if (i < instants.length) until = Math.min(until, instants[i]);
  }
  return until;
}

/**
 * Pure: the first publication instant after `after`; Infinity when none is
 * ahead (or there is no schedule).
 * @param {number} after
 * @param {Schedule | null} schedule
 */
export function nextInstant(after, schedule) {
  if (!schedule) return Infinity;
  const { instants } = schedule;
  let lo = 0;
  let hi = instants.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (instants[mid] <= after) lo = mid + 1;
    else hi = mid;
  }
  return lo < instants.length ? instants[lo] : Infinity;
}

/**
 * Pure: whether something stored at `storedAt` is out of date at `now`: a
 * publication instant, the end of an instant's settling minute, or a
 * midnight in the site's time zone lies in (storedAt, now].
 * @param {number} storedAt
 * @param {number} now
 * @param {Schedule | null} schedule
 */
export function outdated(storedAt, now, schedule) {
  return now >= validUntil(storedAt, schedule);
}

/** @type {Map<string, Schedule | null>} */
const read = new Map();

/**
 * The build's schedule, read once per process; null when there is none
 * (`next dev`, a build without scripts/content-build.ts), and then nothing
 * is outdated by time.
 * @param {string} [root]
 * @returns {Schedule | null}
 */
export function readSchedule(root = process.cwd()) {
  const path = join(root, SCHEDULE_FILE);
  if (read.has(path)) return read.get(path) ?? null;
  /** @type {Schedule | null} */
  let schedule = null;
  try {
    const data = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof data?.timeZone === 'string' && Array.isArray(data.instants)) schedule = scheduleOf(data.instants, data.timeZone, Number(data.builtAt) || 0);
  } catch {
    schedule = null;
  }
  read.set(path, schedule);
  return schedule;
}
