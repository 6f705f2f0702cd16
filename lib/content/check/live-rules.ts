import { parseEditorDate } from '../dates';
import { fileAtCommit } from '../editors/git-history';
import { splitFrontmatter, type Frontmatter, type Position } from '../frontmatter';
import { readUpdates, type LocatedUpdate } from '../live';
import { liveFields } from '../schema';
import type { Diagnostic } from './diagnostic';
import type { Report } from './report';
import { reporter } from './report';
import { didYouMean } from './suggest';
import { dateProblem } from './values';

/**
 * The rules of live briefings (lib/content/live.ts):
 * - `live`: the frontmatter's `live:` has a start with a time, and an end after it;
 * - `update`: each <Update> has a time with its UTC offset, not in the future
 *   and not before the coverage started, in order (newest first, as the page
 *   shows them), some text, and sits in a live briefing;
 * - `update-id`: each update has an id, unique in the briefing, and an id
 *   once committed never changes and is never dropped: it is the update's
 *   anchor (#id), its feed entry's id and its JSON-LD node, all of which
 *   readers and machines have already been given.
 */

/** An update's id: its anchor in the page, so letters, digits and hyphens. */
export const UPDATE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `live:` itself: known keys, a start with a time, an end after it. */
export function checkLive(value: Record<string, unknown>, fm: Frontmatter, report: Report, position: Position): void {
  for (const key of Object.keys(value)) {
    if (liveFields.includes(key as never)) continue;
    const guess = didYouMean(key, liveFields);
    report('unknown-field', fm.positionOf(`live.${key}`) ?? position, `unknown field "live.${key}"${guess ? ` (did you mean "${guess}"?)` : ''}`, `live has only: ${liveFields.join(', ')}`);
  }
  const instant = (name: 'start' | 'end'): number | null => {
    const v = value[name];
    const at = fm.positionOf(`live.${name}`) ?? position;
    if (v === undefined || v === null || v === '') {
      if (name === 'start') report('live', at, 'live has no start: when the coverage began', 'add start: YYYY-MM-DDTHH:MM+03:00 under live');
      return null;
    }
    const problem = typeof v === 'string' ? dateProblem(v) : 'is not a date';
    const parsed = problem ? null : parseEditorDate(v);
    if (!parsed?.hasTime) {
      report('live', at, `live.${name} "${String(v)}" ${problem ?? 'has no time'}`, `write the instant with its UTC offset, e.g. ${name}: 2026-01-28T09:00+03:00`);
      return null;
    }
    return parsed.epoch;
  };
  const start = instant('start');
  const end = instant('end');
  if (start !== null && end !== null && end <= start) {
    report('live', fm.positionOf('live.end') ?? position, `live.end (${String(value.end)}) is not after live.start (${String(value.start)})`, 'the coverage ends after it starts: check both times');
  }
}

/**
 * The updates of one file's body. `bodyLine` turns body lines into file
 * lines; `now` is the instant a time may not be after.
 */
export function checkUpdates(body: string, bodyLine: number, data: Record<string, unknown>, now: number, report: Report): void {
  const updates = readUpdates(body);
  if (updates.length === 0) return;
  const at = (u: LocatedUpdate): Position => ({ line: u.line + bodyLine - 1, column: u.column });
  const live = data.live && typeof data.live === 'object' ? (data.live as Record<string, unknown>) : null;
  if (!live) {
    report('update', at(updates[0]!), 'this briefing has <Update> entries but is not a live briefing', 'add live: with start: YYYY-MM-DDTHH:MM+03:00 to the frontmatter, or remove the <Update> tags');
  }
  const start = parseEditorDate(live?.start);
  const seen = new Map<string, LocatedUpdate>();
  let previous: { update: LocatedUpdate; epoch: number } | null = null;
  for (const u of updates) {
    const where = at(u);
    if (!u.id) {
      report('update-id', where, '<Update> has no id', 'add id="…": a short name of lower-case letters, digits and hyphens that never changes, e.g. id="minister-resigns"');
    } else if (!UPDATE_ID_PATTERN.test(u.id)) {
      report('update-id', where, `<Update id="${u.id}"> is not a valid id`, 'use lower-case letters, digits and hyphens, e.g. id="minister-resigns"');
    } else if (seen.has(u.id)) {
      report('update-id', where, `two updates have id="${u.id}" (the other is on line ${at(seen.get(u.id)!).line})`, 'give each update its own id: it is the update\'s address (#id)');
    } else {
      seen.set(u.id, u);
    }
    const time = parseEditorDate(u.time);
    if (!time?.hasTime) {
      report('update', where, u.time ? `<Update time="${u.time}"> is not a time with its UTC offset` : '<Update> has no time', 'write time="YYYY-MM-DDTHH:MM+03:00": when the update was published');
    } else {
      if (time.epoch > now) {
        report('update', where, `<Update id="${u.id}"> is timed ${u.time}, in the future`, 'give the time it is published, not a later one: updates cannot be scheduled');
      }
      if (start?.hasTime && time.epoch < start.epoch) {
        report('update', where, `<Update id="${u.id}"> (${u.time}) is before the coverage started (live.start ${String(live?.start)})`, 'check the time, or move live.start earlier');
      }
      if (previous && time.epoch > previous.epoch) {
        report('update', where, `<Update id="${u.id}"> (${u.time}) is newer than the update above it (${previous.update.time}, line ${at(previous.update).line})`, 'keep the updates newest first: put a new update at the top, above the others');
      }
      previous = { update: u, epoch: time.epoch };
    }
    if (!u.text.trim()) {
      report('update', where, `<Update id="${u.id}"> has no text`, 'write what happened between <Update …> and </Update>');
    }
  }
}

/**
 * `update-id` against the last committed version of the file: every id it
 * had is still there. `committed` is that version's body (null: never
 * committed, nothing to compare).
 */
export function checkCommittedIds(path: string, body: string, bodyLine: number, committed: string | null, out: Diagnostic[]): void {
  if (committed === null) return;
  const before = readUpdates(committed);
  if (before.length === 0) return;
  const now = readUpdates(body);
  const ids = new Set(now.map((u) => u.id));
  const report = reporter(path, out);
  for (const old of before) {
    if (!old.id || ids.has(old.id)) continue;
    const same = now.find((u) => u.time === old.time && !before.some((b) => b.id === u.id));
    if (same) {
      report(
        'update-id',
        { line: same.line + bodyLine - 1, column: same.column },
        `the update of ${old.time} had id="${old.id}" in the last commit; it is now id="${same.id}"`,
        `put back id="${old.id}": links to #${old.id}, feed readers and search engines already know it`,
      );
    } else {
      report(
        'update-id',
        { line: bodyLine, column: 1 },
        `the update id="${old.id}" (${old.time}) of the last commit is gone`,
        'put it back; to retract what it said, keep the update and correct its text (EDITORS.md, live briefings)',
      );
    }
  }
}

/**
 * `update-id` against git for a whole corpus: a live briefing's update ids
 * as last committed are all still there. One `git show` per live briefing
 * only; without git (or for a file never committed) nothing is compared.
 */
export function checkLiveHistory(
  files: readonly { path: string; raw: string; page: boolean; location: unknown; fm: Frontmatter | null }[],
  root: string,
  out: Diagnostic[],
): void {
  for (const f of files) {
    if (f.page || !f.location || !f.fm || !f.raw.includes('<Update')) continue;
    const committed = fileAtCommit(root, 'HEAD', f.path);
    const body = committed === null ? null : (splitFrontmatter(committed)?.body ?? null);
    checkCommittedIds(f.path, f.fm.body, f.fm.bodyLine, body, out);
  }
}
