import { parseCalendarDate, parseEditorDate } from './dates';

/** What tells when a version's text last changed: its publication, `updated`, its corrections. */
export type Revisable = { locale: string; date: string; updated?: string | null; corrections?: readonly { date: string }[] | null };

/** The latest of some editor's dates, by instant (a bare day counts from its midnight in the site's zone); null for none. */
function latest(values: readonly (string | null | undefined)[]): string | null {
  let best: string | null = null;
  for (const value of values) {
    const parsed = value ? parseEditorDate(value) : null;
    if (parsed && (best === null || parsed.epoch > parseEditorDate(best)!.epoch)) best = value!;
  }
  return best;
}

/**
 * When a version was last revised after publication: its latest `updated`
 * or correction, null when it has neither. Its publication date is not a
 * revision: a translation published a day after its source is no newer.
 */
export function lastRevision(b: Revisable): string | null {
  return latest([b.updated, ...(b.corrections ?? []).map((c) => c.date)]);
}

/** When a version last changed at all: published, updated or corrected. */
export function lastChange(b: Revisable): string {
  return latest([b.date, lastRevision(b)]) ?? b.date;
}

/** Whether editor's date `a` is after `b`: by instant when both have a time, else by day in the site's zone. */
export function isAfter(a: string, b: string): boolean {
  const x = parseEditorDate(a);
  const y = parseEditorDate(b);
  if (!x || !y) return false;
  if (x.hasTime && y.hasTime) return x.epoch > y.epoch;
  return (parseCalendarDate(a) ?? '') > (parseCalendarDate(b) ?? '');
}

/**
 * The twin readers of `b` should be told about: the one revised (updated or
 * corrected) after `b` last changed, the most recently revised if several,
 * with the date of that revision; null when `b` is as new as every twin.
 * Decided from the frontmatter alone, at build time: the standalone server
 * has no git, and only a change an editor marks (`updated`, a correction)
 * matters to readers (EDITORS.md §7).
 */
export function newerTwin<T extends Revisable>(b: Revisable, twins: readonly T[]): { twin: T; revised: string } | null {
  const mine = lastChange(b);
  let found: { twin: T; revised: string } | null = null;
  for (const twin of twins) {
    if (twin.locale === b.locale) continue;
    const revised = lastRevision(twin);
    if (!revised || !isAfter(revised, mine)) continue;
    if (!found || parseEditorDate(revised)!.epoch > parseEditorDate(found.revised)!.epoch) found = { twin, revised };
  }
  return found;
}
