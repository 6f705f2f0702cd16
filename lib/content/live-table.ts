import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LIVE_FILE, type LiveEntry } from '../http/cache-policy.mjs';
import { instantOf } from '../format/date';
import type { Briefing } from './build-files';

type LiveIndexEntry = Pick<Briefing, 'locale' | 'slug' | 'draft' | 'live'>;

/**
 * Pure: the live table of a build (lib/http/cache-policy.mjs `liveKindAt`):
 * every live briefing that is not a draft and whose coverage has not ended
 * by `builtAt`, by its page's path, with the instant it ends (null: open).
 * One that ended before the build is an ordinary briefing to every cache.
 */
export function liveTableOf(index: readonly LiveIndexEntry[], builtAt: number): LiveEntry[] {
  return index
    .filter((b) => b.draft !== true && b.live?.start)
    .map((b) => ({ path: `/${b.locale}/briefings/${b.slug}`, end: b.live!.end ? instantOf(b.live!.end) : null }))
    .filter((e) => e.end === null || (Number.isFinite(e.end) && e.end > builtAt))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Pure: the instants a live briefing's page changes at without a rebuild: its coverage's start and end. */
export function liveInstants(index: readonly { draft?: boolean; live?: Briefing['live'] }[]): number[] {
  return index.filter((b) => b.draft !== true && b.live?.start).flatMap((b) => [instantOf(b.live!.start), ...(b.live!.end ? [instantOf(b.live!.end)] : [])]);
}

/** Writes the live table beside the metadata index (next.config.mjs and the front read it). */
export function writeLiveTable(root: string, index: readonly LiveIndexEntry[], builtAt: number): LiveEntry[] {
  const table = liveTableOf(index, builtAt);
  const path = join(root, LIVE_FILE);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(table));
  return table;
}
