import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLastChanges } from './git-history';

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
