import { locales, type Locale } from '../../../i18n/locales';
import type { CorpusReport, FileState } from '../check/corpus';
import { calendarDateIn } from '../dates';
import type { LastChange } from './git-history';
import { hasChanged, type SourceChange, type SourceChangeUnknown } from './source-changes';

/** What changed in a source since a commit (./source-changes.ts), or null to leave it out. */
export type SourceChanges = (source: string, commit: string) => SourceChange | SourceChangeUnknown | null;

export type LocaleState = FileState | 'missing';

/** How recent a version is, and how we know. */
export type Revision = {
  /** YYYY-MM-DD */
  date: string;
  /** Milliseconds since the epoch, when git or the file system gave a time. */
  time?: number;
  source: 'updated' | 'git' | 'working copy';
};

export type LocaleStatus = {
  state: LocaleState;
  path?: string;
  /** Publication date, for published and scheduled versions. */
  date?: string | null;
  errors?: number;
  /** Corrections recorded in the version's `corrections` field. */
  corrections?: number;
  revision?: Revision;
  /**
   * For a version with `translationOf`: its source and what changed there
   * since the commit it was translated from (`unknown` when git cannot say).
   */
  sinceTranslation?: { from: Locale } & (SourceChange | SourceChangeUnknown);
};

export type StatusRow = {
  slug: string;
  locales: Record<Locale, LocaleStatus>;
  /** Versions older than their newest twin: the translation to bring up to date. */
  older: { locale: Locale; than: Locale; revision: Revision; twin: Revision }[];
};

type VersionFacts = { path: string; date?: string | null; updated?: string | null };

/**
 * How recent each version of one briefing is, all measured the same way, so
 * that an editor's `updated` is never weighed against a commit time:
 * - by `updated` when every version has one (the editors' own word);
 * - else by git history, when every version has some (the last commit, or
 *   the file's time on disk if it has uncommitted changes);
 * - else only the versions that have `updated` are compared.
 */
export function revisionsOf(
  versions: readonly VersionFacts[],
  changes: ReadonlyMap<string, LastChange>,
  timeZone: string,
): (Revision | undefined)[] {
  if (versions.every((v) => v.updated)) return versions.map((v) => ({ date: v.updated!, source: 'updated' }));
  if (versions.every((v) => changes.has(v.path))) {
    return versions.map((v) => {
      const change = changes.get(v.path)!;
      return { date: calendarDateIn(timeZone, new Date(change.time)), time: change.time, source: change.source };
    });
  }
  // Neither: only the versions with `updated` can be compared. The
  // publication date says nothing about when a text last changed.
  return versions.map((v) => (v.updated ? { date: v.updated, source: 'updated' } : undefined));
}

/**
 * Negative when `a` is older. Two commits compare by time; anything else by
 * calendar day, so two files saved a minute apart are not "older".
 */
export function compareRevisions(a: Revision, b: Revision): number {
  if (a.source === 'git' && b.source === 'git' && a.time !== undefined && b.time !== undefined) return a.time - b.time;
  return a.date.localeCompare(b.date);
}

/** Every slug of the corpus with the state of each language version, and which ones lag behind. */
export function buildStatus(
  report: CorpusReport,
  changes: ReadonlyMap<string, LastChange>,
  timeZone: string,
  sourceChanges?: SourceChanges,
): StatusRow[] {
  const rows = new Map<string, StatusRow>();
  for (const file of report.files) {
    // Site pages (content/pages/) have no twins to keep in step: not listed.
    if (file.page || !file.slug || !file.locale || !(locales as string[]).includes(file.locale)) continue;
    let row = rows.get(file.slug);
    if (!row) {
      row = {
        slug: file.slug,
        locales: Object.fromEntries(locales.map((l) => [l, { state: 'missing' }])) as Record<Locale, LocaleStatus>,
        older: [],
      };
      rows.set(file.slug, row);
    }
    row.locales[file.locale as Locale] = {
      state: file.state as FileState,
      path: file.path,
      date: file.date ?? null,
      ...(file.errors ? { errors: file.errors } : {}),
      ...(file.corrections ? { corrections: file.corrections } : {}),
    };
    const of = file.translationOf;
    if (of && sourceChanges && (locales as string[]).includes(of.locale) && of.locale !== file.locale) {
      const change = sourceChanges(`content/briefings/${of.locale}/${file.slug}.mdx`, of.commit);
      if (change) row.locales[file.locale as Locale].sinceTranslation = { from: of.locale as Locale, ...change };
    }
  }
  const facts = new Map(report.files.map((f) => [f.path, f]));
  for (const row of rows.values()) {
    const present = locales.filter((l) => row.locales[l].path);
    const revisions = revisionsOf(present.map((l) => facts.get(row.locales[l].path!)!), changes, timeZone);
    present.forEach((l, i) => {
      if (revisions[i]) row.locales[l].revision = revisions[i];
    });
    const versions = present
      .map((locale) => ({ locale, revision: row.locales[locale].revision }))
      .filter((v): v is { locale: Locale; revision: Revision } => v.revision !== undefined);
    if (versions.length < 2) continue;
    const newest = versions.reduce((a, b) => (compareRevisions(b.revision, a.revision) > 0 ? b : a));
    // A source is not "older" than the translation made from it: committed
    // after it, the translation is newer by design, and whether the source
    // moved on since is what `sinceTranslation` says (seen when the two
    // commits fell in different seconds: a flaky test, and a wrong row).
    const since = row.locales[newest.locale].sinceTranslation;
    const translatedFrom = since && !behindSource(row.locales[newest.locale]) ? since.from : null;
    for (const v of versions) {
      if (v.locale !== newest.locale && v.locale !== translatedFrom && compareRevisions(v.revision, newest.revision) < 0) {
        row.older.push({ locale: v.locale, than: newest.locale, revision: v.revision, twin: newest.revision });
      }
    }
  }
  return [...rows.values()].sort((a, b) => a.slug.localeCompare(b.slug));
}

function cell(s: LocaleStatus): string {
  const corrected = s.corrections ? `, ${s.corrections} correction${s.corrections === 1 ? '' : 's'}` : '';
  if (s.state === 'published' || s.state === 'scheduled') return `${s.date ? `${s.state} ${s.date}` : s.state}${corrected}`;
  if (s.state === 'rejected') return `rejected (${s.errors ?? 0} error${s.errors === 1 ? '' : 's'})`;
  return s.state;
}


/** Whether a version's source changed since it was translated (or git could not tell). */
export function behindSource(s: LocaleStatus): boolean {
  const since = s.sinceTranslation;
  return since !== undefined && ('unknown' in since || hasChanged(since));
}

/** Rows with something to translate: an older version, or a source changed since its translation. */
export function staleRows(rows: readonly StatusRow[]): StatusRow[] {
  return rows.filter((r) => r.older.length > 0 || locales.some((l) => behindSource(r.locales[l])));
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What changed in each source since its translation, a few lines per translation, for the terminal. */
export function formatSourceChanges(rows: readonly StatusRow[], timeZone: string): string[] {
  const out: string[] = [];
  for (const row of rows) {
    for (const locale of locales) {
      const since = row.locales[locale].sinceTranslation;
      if (!since) continue;
      const head = `${locale}/${row.slug}: translated from ${since.from} at ${since.since.slice(0, 12)}`;
      if ('unknown' in since) {
        out.push(since.unknown === 'commit' ? `${head}: git does not know that commit (fetch the whole history, or correct translationOf.commit)` : `${head}: ${since.source} is gone`);
        continue;
      }
      if (!hasChanged(since)) {
        out.push(`${head}: the source has not changed since`);
        continue;
      }
      const uncommitted = since.commits.length === 0 ? ' (not committed yet)' : '';
      out.push(
        `${head}: ${plural(since.commits.length, 'commit')}${uncommitted}, +${since.insertions} −${since.deletions} lines` +
          (since.fields.length ? `; fields changed: ${since.fields.join(', ')}` : '') +
          `; paragraphs: ${since.paragraphs.added.length} new or rewritten, ${since.paragraphs.removed.length} removed`,
      );
      for (const c of since.commits) out.push(`    ${c.commit.slice(0, 12)} ${calendarDateIn(timeZone, new Date(c.time))} ${c.subject}`);
      for (const p of since.paragraphs.added) out.push(`    + ${p}`);
      for (const p of since.paragraphs.removed) out.push(`    - ${p}`);
    }
  }
  return out;
}

/** A plain table for the terminal: one row per slug, one column per language, then what lags. */
export function formatStatusTable(rows: readonly StatusRow[], today: string, timeZone = 'UTC'): string {
  const header = ['slug', ...locales, 'translation'];
  const body = rows.map((row) => [
    row.slug,
    ...locales.map((l) => cell(row.locales[l])),
    row.older
      .map((o) => `${o.locale} older than ${o.than} (${o.revision.date} ${o.revision.source} < ${o.twin.date} ${o.twin.source})`)
      .join('; '),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
  const missing = rows.filter((r) => locales.some((l) => r.locales[l].state === 'missing')).length;
  const lagging = rows.filter((r) => r.older.length).length;
  const behind = rows.reduce((n, r) => n + locales.filter((l) => behindSource(r.locales[l])).length, 0);
  const summary =
    `${rows.length} briefing${rows.length === 1 ? '' : 's'} on ${today}: ${missing} missing a language, ${lagging} with an older translation` +
    `, ${plural(behind, 'translation')} behind a source changed since translationOf`;
  const since = formatSourceChanges(rows, timeZone);
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line), ...(since.length ? ['', 'Since each translation was made:', ...since] : []), '', summary].join('\n');
}

export function formatStatusJson(rows: readonly StatusRow[], today: string): string {
  return JSON.stringify({ today, briefings: rows }, null, 2);
}
