import { describe, expect, it } from 'vitest';
import { readmeCommands, readReadme, readScripts } from './readme-table';

/**
 * README's commands table against package.json: a command a new user copies
 * from it exists, and every script is in it. npm's hooks (`prebuild`,
 * `postbuild`, `pretest:unit`…) run by themselves and are not listed.
 */
const readme = readReadme();
const scripts = readScripts();
const rows = readmeCommands(readme);
const hook = (name: string) => /^(pre|post)/.test(name) && name.replace(/^(pre|post)/, '') in scripts;

describe('README: every command in one table', () => {
  it('has the table', () => {
    expect(rows.length).toBeGreaterThan(20);
  });

  it('names only npm scripts that exist', () => {
    const missing = rows.filter((r) => r.script !== null && !(r.script in scripts)).map((r) => r.command);
    expect(missing).toEqual([]);
  });

  it('lists every npm script but the hooks', () => {
    const listed = new Set(rows.map((r) => r.script));
    expect(Object.keys(scripts).filter((name) => !hook(name) && !listed.has(name))).toEqual([]);
  });

  it('has no command row outside the table (the table is the only one of its kind)', () => {
    const everyRow = readme.split('\n').filter((line) => /^\| `(npm|npx) /.test(line));
    expect(everyRow.length).toBe(rows.length);
  });
});
