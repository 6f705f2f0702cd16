import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';

/** When a file last changed: its last commit, or its modification time if it has uncommitted changes. */
export type LastChange = { time: number; source: 'git' | 'working copy' };

function git(root: string, args: string[], input?: string): string | null {
  try {
    return execFileSync('git', ['-C', root, ...args], {
      encoding: 'utf8',
      ...(input === undefined ? { stdio: ['ignore', 'pipe', 'ignore'] } : { input, stdio: ['pipe', 'pipe', 'ignore'] }),
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    return null; // not a git checkout, or no git: callers fall back to the frontmatter
  }
}

/**
 * The last change of every file under `dir` (relative to `root`), keyed by
 * its path relative to `root`, from one `git log` for the whole folder, not
 * one per file. Empty outside a git checkout.
 */
export function readLastChanges(root: string, dir = 'content'): Map<string, LastChange> {
  const changes = new Map<string, LastChange>();
  // --relative: paths relative to `root`, even when it is a subfolder of the repository.
  const log = git(root, ['log', '--relative', '--format=%x00%ct', '--name-only', '--', dir]);
  if (log === null) return changes;
  for (const entry of log.split('\0').slice(1)) {
    const [time, ...paths] = entry.split('\n').filter(Boolean);
    for (const path of paths) {
      // The log is newest first: the first commit seen is the last change.
      if (!changes.has(path)) changes.set(path, { time: Number(time) * 1000, source: 'git' });
    }
  }
  const modified = git(root, ['diff', '--relative', '--name-only', 'HEAD', '--', dir]) ?? '';
  const untracked = git(root, ['ls-files', '--others', '--exclude-standard', '--', dir]) ?? '';
  for (const path of `${modified}\n${untracked}`.split('\n').filter(Boolean)) {
    try {
      changes.set(path, { time: statSync(join(root, path)).mtimeMs, source: 'working copy' });
    } catch {
      changes.delete(path); // deleted but not committed
    }
  }
  return changes;
}

/**
 * Which of `commits` (full or abbreviated ids) name commits git has, asked
 * in one `git cat-file --batch-check`. Null when git cannot tell: no git, not
 * a checkout, or a shallow clone (CI's default checkout), where an old commit
 * is simply not fetched.
 */
export function existingCommits(root: string, commits: readonly string[]): Set<string> | null {
  if (git(root, ['rev-parse', '--is-shallow-repository'])?.trim() !== 'false') return null;
  const out = git(root, ['cat-file', '--batch-check'], commits.map((c) => `${c}^{commit}`).join('\n') + '\n');
  if (out === null) return null;
  const lines = out.split('\n');
  return new Set(commits.filter((_, i) => / commit \d+$/.test(lines[i] ?? '')));
}

/** The full id of the last commit that touched `path` (relative to `root`), or null when it has none or git is missing. */
export function lastCommitOf(root: string, path: string): string | null {
  const out = git(root, ['log', '-1', '--format=%H', '--', path])?.trim();
  return out ? out : null;
}

/** Whether `path` has changes that are not committed (modified, staged or untracked). */
export function hasUncommittedChanges(root: string, path: string): boolean {
  const out = git(root, ['status', '--porcelain', '--', path]);
  return out !== null && out.trim() !== '';
}

/** One commit in the history of a file. */
export type CommitSummary = { commit: string; time: number; subject: string };

/** A file's text at a commit, or null when it did not exist there (or git is missing). */
export function fileAtCommit(root: string, commit: string, path: string): string | null {
  // `./` makes the path relative to `root`, even when it is a subfolder of the repository.
  return git(root, ['show', `${commit}:./${path}`]);
}

/** The commits that touched `path` after `commit` (newest first), or null when git does not know `commit`. */
export function commitsSince(root: string, commit: string, path: string): CommitSummary[] | null {
  const out = git(root, ['log', '--format=%H%x09%ct%x09%s', `${commit}..HEAD`, '--', path]);
  if (out === null) return null;
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [id, time, ...subject] = line.split('\t');
      return { commit: id!, time: Number(time) * 1000, subject: subject.join('\t') };
    });
}

/** Lines added and removed in `path` between `commit` and the working copy, or null when git cannot tell. */
export function diffStat(root: string, commit: string, path: string): { insertions: number; deletions: number } | null {
  const out = git(root, ['diff', '--numstat', commit, '--', path]);
  if (out === null) return null;
  const [added, removed] = out.trim().split('\t');
  return { insertions: Number(added) || 0, deletions: Number(removed) || 0 };
}

/** The commit where HEAD's branch left `ref` (a pull request's base), or null when git does not know `ref`. */
export function mergeBase(root: string, ref: string): string | null {
  return git(root, ['merge-base', ref, 'HEAD'])?.trim() || null;
}

/** `git diff --name-status` from `commit` to HEAD, renames found, paths relative to `root`; null when git cannot tell. */
export function changedFilesSince(root: string, commit: string, dir = 'content'): string | null {
  return git(root, ['diff', '--relative', '--name-status', '-M', commit, 'HEAD', '--', dir]);
}
