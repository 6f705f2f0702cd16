import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';

/** When a file last changed: its last commit, or its modification time if it has uncommitted changes. */
export type LastChange = { time: number; source: 'git' | 'working copy' };

function git(root: string, args: string[]): string | null {
  try {
    return execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
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
