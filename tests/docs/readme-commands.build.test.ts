import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { helpText } from '../../scripts/support/help';
import { readmeCommands, readReadme, readScripts } from './readme-table';

/**
 * Runs every command of README's table that takes `--help`
 * (scripts/support/help.ts) as a new user would type it, and checks it
 * prints how it is called and exits 0, doing nothing else. In the build
 * lane: each run starts npm and tsx (a second or two apiece).
 */
const scripts = readScripts();
const fileOf = (command: string, script: string | null): string | null => {
  const line = script ? scripts[script] : command;
  return /(?:^|\s)(scripts\/[\w/.-]+\.ts)\b/.exec(line ?? '')?.[1] ?? null;
};
const withHelp = readmeCommands(readReadme())
  .map((row) => ({ ...row, file: fileOf(row.command, row.script) }))
  .filter((row) => row.file && readFileSync(row.file, 'utf8').includes('exitOnHelp(import.meta.url)'));

describe('README commands answer --help', () => {
  it('covers the editors’ commands and the benchmarks', () => {
    expect(withHelp.map((r) => r.script)).toEqual(
      expect.arrayContaining(['dev', 'content:check', 'content:status', 'content:due', 'new:briefing', 'translations:stale', 'bench', 'bench:scale', 'fonts:subset']),
    );
  });

  it.each(withHelp.map((r) => [r.command, r] as const))(
    '%s -- --help',
    (_command, row) => {
      const args = row.script ? ['run', '--silent', row.script, '--', '--help'] : null;
      const run = args ? spawnSync('npm', args, { encoding: 'utf8' }) : spawnSync('npx', [...row.command.split(' ').slice(1), '--help'], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout.trim()).toBe(helpText(readFileSync(row.file!, 'utf8')));
      expect(run.stdout.trim().length).toBeGreaterThan(20);
    },
    60_000,
  );
});
