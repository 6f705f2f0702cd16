import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../support/project-copy';

/**
 * `npm run build` on a copy of the project with one broken briefing: the
 * build must fail and name the file, never drop the briefing silently.
 */
let project: ReturnType<typeof copyProject>;

beforeAll(() => {
  project = copyProject();
});
afterAll(() => project?.remove());

function buildWith(file: string, content: string) {
  const path = join(project.dir, file);
  writeFileSync(path, content);
  try {
    // The content build is the first step of `npm run build` and the one
    // that fails; running the script itself keeps the test honest.
    return spawnSync('npm', ['run', 'build'], { cwd: project.dir, encoding: 'utf8', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  } finally {
    writeFileSync(path, '');
  }
}

const valid = readFileSync('tests/fixtures/briefings/valid.mdx', 'utf8');

describe('npm run build with an invalid briefing', () => {
  it.each([
    ['a source without url', valid.replace(/\n    url: .*\n/, '\n'), 'source-url', 7],
    ['an impossible date', valid.replace('date: 2026-01-28', 'date: 2026-02-30'), 'date', 4],
    ['a missing title', valid.replace(/^title: .*\n/m, ''), 'required', 1],
    ['a misspelt field', valid.replace('title:', 'titel:'), 'unknown-field', 2],
  ])('fails on %s and names the file and line', (_name, content, rule, line) => {
    const file = 'content/briefings/en/broken-briefing.mdx';
    const result = buildWith(file, content);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    expect(output).toContain(`${file}:${line}:`);
    expect(output).toContain(`: ${rule}: `);
  });
});
