import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  changedFilesSince,
  commitsSince,
  diffStat,
  existingCommits,
  fileAtCommit,
  hasUncommittedChanges,
  lastCommitOf,
  mergeBase,
  readLastChanges,
} from './git-history';

let repo: string;
const git = (args: string[], date?: string) =>
  execFileSync('git', ['-C', repo, '-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', '-c', 'commit.gpgsign=false', ...args], {
    env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
    stdio: 'ignore',
  });
const write = (path: string, text: string) => {
  mkdirSync(join(repo, path, '..'), { recursive: true });
  writeFileSync(join(repo, path), text);
};

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'mawjaz-git-'));
  git(['init', '-q']);
  write('site/content/briefings/ar/x.mdx', 'ar 1');
  write('site/content/briefings/en/x.mdx', 'en 1');
  git(['add', '.']);
  git(['commit', '-qm', 'first'], '2026-01-28T08:00:00Z');
  write('site/content/briefings/en/x.mdx', 'en 2');
  git(['commit', '-qam', 'update en'], '2026-02-10T08:00:00Z');
  write('site/content/briefings/ar/y.mdx', 'new, not committed');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('readLastChanges', () => {
  it('gives each file its last commit, relative to a root inside the repository', () => {
    const changes = readLastChanges(join(repo, 'site'));
    expect(changes.get('content/briefings/ar/x.mdx')).toEqual({ time: Date.parse('2026-01-28T08:00:00Z'), source: 'git' });
    expect(changes.get('content/briefings/en/x.mdx')).toEqual({ time: Date.parse('2026-02-10T08:00:00Z'), source: 'git' });
  });

  it('takes the time on disk for uncommitted changes', () => {
    write('site/content/briefings/ar/x.mdx', 'ar 2, not committed');
    const changes = readLastChanges(join(repo, 'site'));
    expect(changes.get('content/briefings/ar/x.mdx')?.source).toBe('working copy');
    expect(changes.get('content/briefings/ar/y.mdx')?.source).toBe('working copy');
  });

  it('is empty outside a git checkout', () => {
    const plain = mkdtempSync(join(tmpdir(), 'mawjaz-plain-'));
    try {
      expect(readLastChanges(plain).size).toBe(0);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});

describe('the history of one file', () => {
  const site = () => join(repo, 'site');
  const rev = (args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' }).trim();

  it('lastCommitOf: the full id of the last commit touching it; null for a file never committed or outside git', () => {
    expect(lastCommitOf(site(), 'content/briefings/en/x.mdx')).toBe(rev(['rev-parse', 'HEAD']));
    expect(lastCommitOf(site(), 'content/briefings/ar/x.mdx')).toBe(rev(['rev-parse', 'HEAD~1']));
    expect(lastCommitOf(site(), 'content/briefings/ar/y.mdx')).toBeNull();
    expect(lastCommitOf(tmpdir(), 'x.mdx')).toBeNull();
  });

  it('existingCommits: which ids git has, full or short, in one call', () => {
    const head = rev(['rev-parse', 'HEAD']);
    expect(existingCommits(site(), [head, head.slice(0, 7), 'f'.repeat(40)])).toEqual(new Set([head, head.slice(0, 7)]));
  });

  it('existingCommits: null outside git and in a shallow clone, where old commits are missing', () => {
    expect(existingCommits(tmpdir(), ['a'.repeat(40)])).toBeNull();
    const shallow = mkdtempSync(join(tmpdir(), 'mawjaz-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow], { stdio: 'ignore' });
      expect(existingCommits(shallow, [rev(['rev-parse', 'HEAD~1'])])).toBeNull();
    } finally {
      rmSync(shallow, { recursive: true, force: true });
    }
  });

  it('commitsSince, diffStat and fileAtCommit: what changed after a commit', () => {
    const first = rev(['rev-parse', 'HEAD~1']);
    const since = commitsSince(site(), first, 'content/briefings/en/x.mdx');
    expect(since).toEqual([{ commit: rev(['rev-parse', 'HEAD']), time: Date.parse('2026-02-10T08:00:00Z'), subject: 'update en' }]);
    expect(commitsSince(site(), 'f'.repeat(40), 'content/briefings/en/x.mdx')).toBeNull();
    expect(diffStat(site(), first, 'content/briefings/en/x.mdx')).toEqual({ insertions: 1, deletions: 1 });
    expect(fileAtCommit(site(), first, 'content/briefings/en/x.mdx')).toBe('en 1');
    expect(fileAtCommit(site(), first, 'content/briefings/ar/y.mdx')).toBeNull();
  });

  it('mergeBase and changedFilesSince: what a branch changed', () => {
    const first = rev(['rev-parse', 'HEAD~1']);
    expect(mergeBase(site(), first)).toBe(first);
    expect(mergeBase(site(), 'no-such-branch')).toBeNull();
    expect(changedFilesSince(site(), first)).toBe('M\tcontent/briefings/en/x.mdx\n');
  });

  it('hasUncommittedChanges', () => {
    expect(hasUncommittedChanges(site(), 'content/briefings/en/x.mdx')).toBe(false);
    expect(hasUncommittedChanges(site(), 'content/briefings/ar/y.mdx')).toBe(true);
  });
});
