import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { siteTimeZone } from '../../i18n/locales';
import { now } from '../clock/clock.mjs';
import { SCHEDULE_FILE, scheduleOf, type Schedule } from '../clock/schedule.mjs';
import { publicationInstant } from './select';
import type { Briefing } from './build-files';
import { liveInstants } from './live-table';

/**
 * Pure: the schedule of a build (lib/clock/schedule.mjs): the publication
 * instants still ahead of `builtAt` of every briefing that is not a draft,
 * and the start and end of every live briefing's coverage.
 */
export function scheduleOfBriefings(index: readonly (Pick<Briefing, 'date' | 'draft'> & { live?: Briefing['live'] })[], builtAt: number): Schedule {
  return scheduleOf(
    // A live briefing's page changes at its coverage's start and end too (the Live label, its cache policy).
    [...index.filter((b) => b.draft !== true).map(publicationInstant), ...liveInstants(index)],
    siteTimeZone,
    builtAt,
  );
}

/**
 * Writes the build's schedule beside the metadata index, from the same
 * briefings, with the clock read once: Next's cache handler and our server (lib/serve/)
 * read it to know when a stored page has to be rendered again.
 */
export function writeSchedule(root: string, index: readonly (Pick<Briefing, 'date' | 'draft'> & { live?: Briefing['live'] })[]): Schedule {
  const schedule = scheduleOfBriefings(index, now());
  const path = join(root, SCHEDULE_FILE);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(schedule));
  return schedule;
}

/**
 * Pure: the briefings (not drafts) whose publication instant lies in
 * (from, to], oldest first. For hosts that run Next without this project's
 * server and cache handler (Vercel), where only a new deploy changes what
 * is out: .github/workflows/publish-scheduled.yml asks every few minutes
 * (`npm run content:due`) and redeploys when one is due.
 */
export function publishedBetween<T extends Pick<Briefing, 'date' | 'draft'>>(index: readonly T[], from: number, to: number): T[] {
  return index
    .filter((b) => b.draft !== true && publicationInstant(b) > from && publicationInstant(b) <= to)
    .sort((a, b) => publicationInstant(a) - publicationInstant(b));
}
