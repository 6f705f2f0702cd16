import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '../frontmatter';
import { commitsSince, diffStat, fileAtCommit, type CommitSummary } from './git-history';

/**
 * What changed in a translation's source since the commit it was translated
 * from (`translationOf.commit`): what a translator needs to catch up,
 * without reading a diff of a language they may not write.
 */
export type SourceChange = {
  /** The source file, relative to the root. */
  source: string;
  /** The commit the translation was made from. */
  since: string;
  /** Commits to the source after it, newest first. */
  commits: CommitSummary[];
  /** Lines added and removed between that commit and the file as it is now (uncommitted edits included). */
  insertions: number;
  deletions: number;
  /** Frontmatter fields whose value changed, were added or removed. */
  fields: string[];
  /** Paragraphs of the body (blank-line separated) that are new, or gone, shortened for display. */
  paragraphs: { added: string[]; removed: string[] };
};

/** Why the changes could not be told: git does not know the commit, or the source file is gone. */
export type SourceChangeUnknown = { source: string; since: string; unknown: 'commit' | 'source' };

/** JSON with sorted keys, so the same value written in another key order compares equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

/** The top-level fields that differ between two frontmatters, sorted. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => canonical(before[name]) !== canonical(after[name])).sort();
}

const SHORT = 100;
const shorten = (text: string) => (text.length > SHORT ? `${text.slice(0, SHORT - 1).trimEnd()}…` : text);

/** A body's paragraphs: blank-line separated blocks, each with its whitespace collapsed. */
export function paragraphsOf(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * The paragraphs only `after` has (added or rewritten) and only `before`
 * had (removed or rewritten), as multisets: a paragraph moved is unchanged.
 */
export function changedParagraphs(before: string, after: string): { added: string[]; removed: string[] } {
  const count = new Map<string, number>();
  for (const p of paragraphsOf(before)) count.set(p, (count.get(p) ?? 0) + 1);
  const added: string[] = [];
  for (const p of paragraphsOf(after)) {
    const n = count.get(p) ?? 0;
    if (n > 0) count.set(p, n - 1);
    else added.push(shorten(p));
  }
  const removed = [...count].flatMap(([p, n]) => Array<string>(n).fill(shorten(p)));
  return { added, removed };
}

/** Fields and paragraphs that differ between two texts of one briefing file. */
export function compareBriefingTexts(before: string, after: string): Pick<SourceChange, 'fields' | 'paragraphs'> {
  const a = parseFrontmatter(before);
  const b = parseFrontmatter(after);
  return {
    fields: changedFields(a?.data ?? {}, b?.data ?? {}),
    paragraphs: changedParagraphs(a?.body ?? before, b?.body ?? after),
  };
}

/** What changed in `source` (relative to `root`) since `commit`, from git and the working copy. */
export function sourceChangesSince(root: string, source: string, commit: string): SourceChange | SourceChangeUnknown {
  const commits = commitsSince(root, commit, source);
  if (commits === null) return { source, since: commit, unknown: 'commit' };
  let now: string;
  try {
    now = readFileSync(join(root, source), 'utf8');
  } catch {
    return { source, since: commit, unknown: 'source' };
  }
  const then = fileAtCommit(root, commit, source) ?? '';
  const stat = diffStat(root, commit, source) ?? { insertions: 0, deletions: 0 };
  return { source, since: commit, commits, ...stat, ...compareBriefingTexts(then, now) };
}

/** Whether anything changed at all. */
export const hasChanged = (c: SourceChange) => c.commits.length > 0 || c.insertions + c.deletions > 0 || c.fields.length > 0;
