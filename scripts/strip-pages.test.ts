import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/** `postbuild`'s first step, run as npm runs it, in a project whose build has one page that cannot be stripped. */
const SCRIPT = resolve('scripts/strip-pages.ts');
const TSX = resolve('node_modules/.bin/tsx');
const page = readFileSync('tests/fixtures/next/briefing.html', 'utf8');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'strip-pages-'));
  mkdirSync(join(dir, '.next/server/app/en/briefings'), { recursive: true });
  writeFileSync(join(dir, '.next/server/app/en.html'), page);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = () => spawnSync(TSX, [SCRIPT], { cwd: dir, encoding: 'utf8' });

describe('scripts/strip-pages.ts', () => {
  it('strips the build and says how much', () => {
    const result = run();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^strip-pages: 1 pages without Next's client runtime \(\d+ kB → \d+ kB\)/);
    expect(readFileSync(join(dir, '.next/server/app/en.html'), 'utf8')).not.toContain('self.__next_f');
  });

  it('fails the build naming the page, the line and column, and the element', () => {
    writeFileSync(join(dir, '.next/server/app/en/briefings/b.html'), page.replace('<h1', '<h1 onclick="share()"'));
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^strip-pages: 1 page cannot be stripped of Next's client runtime:\n\.next\/server\/app\/en\/briefings\/b\.html:\d+:\d+: strip-runtime: an inline event handler \(onclick\) .+\(<h1 [^)]*onclick="share\(\)"/m,
    );
    // Nothing written: the good page keeps its runtime until the build is fixed.
    expect(readFileSync(join(dir, '.next/server/app/en.html'), 'utf8')).toBe(page);
  });
});
