import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runContentCheck } from '../../lib/content/editors/cli';
import { buildableCopy } from '../support/build-copy';
import { LEAD } from '../support/fixture-site';

/**
 * `npm run build` on a copy of the project with broken briefings, one
 * mistake per file: the build must fail and name each file, its line and
 * the fix, never drop a briefing silently, and say exactly what
 * `npm run content:check` says. All the files go into ONE build (the
 * check reports every file, so no mistake hides another), which keeps the
 * lane from starting npm and tsx twenty times. The valid side (a clean
 * build, briefings saved with CRLF or a BOM) is the fixture site's own
 * build: tests/e2e/build-output.test.ts.
 */
let project: ReturnType<typeof buildableCopy>;

beforeAll(() => {
  project = buildableCopy();
});
afterAll(() => project?.remove());

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

function run(dir: string, script: string) {
  const result = spawnSync('npm', ['run', script], { cwd: dir, encoding: 'utf8', env });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Runs `fn` with the files written into the copy, then removes them, so each run starts from the fixture site's content. */
function withFiles<T>(dir: string, files: [string, string][], fn: () => T): T {
  for (const [file, content] of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  try {
    return fn();
  } finally {
    for (const [file] of files) rmSync(join(dir, file), { force: true });
  }
}

const valid = readFileSync('tests/fixtures/briefings/valid.mdx', 'utf8');
const crlf = (text: string) => text.replace(/\n/g, '\r\n');
const bom = (text: string) => `\uFEFF${text}`;
const body = (mdx: string) => valid.replace('Body.\n', mdx);
/** A broken briefing of its own for each case: `content/briefings/en/broken-<n>.mdx`. */
const BROKEN = 'broken';
const fileOf = (file: string, n: number) => (file === BROKEN ? `content/briefings/en/broken-${n}.mdx` : file);

const CASES: [name: string, file: string, content: string, rule: string, line: number][] = [
  // What contentlayer's strict mode lets through
  ['a source without url', BROKEN, valid.replace(/\n    url: .*\n/, '\n'), 'source-url', 7],
  ['an impossible date', BROKEN, valid.replace('date: 2026-01-28', 'date: 2026-02-30'), 'date', 4],
  // What contentlayer fails on with its own message, without a line
  ['a missing title', BROKEN, valid.replace(/^title: .*\n/m, ''), 'required', 1],
  ['a misspelt field', BROKEN, valid.replace('title:', 'titel:'), 'unknown-field', 2],
  ['a wrong type', BROKEN, valid.replace('topics: [china]', 'topics: china'), 'type', 5],
  ['broken YAML', BROKEN, valid.replace('title: "A valid briefing"', 'title: "A valid briefing'), 'yaml', 2],
  ['no frontmatter', BROKEN, 'Just a body.\n', 'frontmatter', 1],
  ['a file outside the briefings folders', 'content/briefings/fr/a-briefing.mdx', valid, 'location', 1],
  // What contentlayer fails on before our hook runs
  ['an MDX syntax error', BROKEN, body('Intro.\n\n<Callout>\nNever closed.\n'), 'mdx-syntax', 13],
  // What only our rules know
  ['an unknown topic', BROKEN, valid.replace('topics: [china]', 'topics: [chna]'), 'topic', 5],
  ['a javascript: source url', BROKEN, valid.replace('https://www.reuters.com/technology/fixture-report', 'javascript:alert(1)'), 'source-url', 8],
  ['a bad slug', 'content/briefings/en/Broken_Briefing.mdx', valid, 'slug', 1],
  ['two slugs that differ only in case', `content/briefings/ar/${LEAD.slug.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase())}.mdx`, valid, 'slug-case', 1],
  ['an unknown component', BROKEN, body('<Keypoints>\n- a\n</Keypoints>\n'), 'component', 11],
  ['a Figure without alt', BROKEN, body('<Figure src="/images/a.jpg" />\n'), 'alt', 11],
  ['a link to a briefing that does not exist', BROKEN, body('See [this](/en/briefings/no-such-briefing).\n'), 'link', 11],
  ['a title too long for share cards', BROKEN, valid.replace('A valid briefing', 'A '.repeat(60)), 'length', 2],
  ['a template placeholder', BROKEN, valid.replace('A valid briefing', 'TODO: the headline'), 'placeholder', 2],
  // Windows line ends and a byte-order mark keep the lines an editor sees
  ['a source without url, saved with CRLF', BROKEN, crlf(valid.replace(/\n    url: .*\n/, '\n')), 'source-url', 7],
  ['an impossible date, saved with a BOM', BROKEN, bom(valid.replace('date: 2026-01-28', 'date: 2026-02-30')), 'date', 4],
  ['an MDX syntax error, saved with CRLF and a BOM', BROKEN, bom(crlf(body('Intro.\n\n<Callout>\nNever closed.\n'))), 'mdx-syntax', 13],
];
const files = CASES.map(([, file, content], n): [string, string] => [fileOf(file, n), content]);

describe('npm run build with invalid briefings', () => {
  let build: { status: number | null; output: string };
  let check: ReturnType<typeof runContentCheck>;
  beforeAll(() => {
    withFiles(project.dir, files, () => {
      build = run(project.dir, 'build');
      check = runContentCheck(['--root', project.dir], { cwd: process.cwd() });
    });
  });

  it('fails, with no stack, and says word for word what content:check says', () => {
    expect(build.status, build.output).not.toBe(0);
    // Never contentlayer2's effect-ts stack.
    expect(build.output).not.toMatch(/SuccessCallbackError|effect-ts|^\s+at /m);
    // One implementation, two entry points: the same lines, word for word.
    expect(check.code).toBe(1);
    for (const diagnostic of check.stdout.split('\n')) expect(build.output).toContain(diagnostic);
  });

  it.each(CASES.map(([name, file, , rule, line], n) => [name, fileOf(file, n), rule, line] as const))('names %s: the file, line and fix', (_name, file, rule, line) => {
    expect(build.output).toMatch(new RegExp(`^${file.replace(/[.]/g, '\\.')}:${line}:\\d+: ${rule}: .+ — .+$`, 'm'));
  });
});

describe('contentlayer2 build alone (the onSuccess gate)', () => {
  const GATE: [string, string, string, number][] = [
    ['a source without url', valid.replace(/\n    url: .*\n/, '\n'), 'source-url', 7],
    ['an impossible date', valid.replace('date: 2026-01-28', 'date: 2026-02-30'), 'date', 4],
  ];
  let build: { status: number | null; output: string };
  beforeAll(() => {
    withFiles(
      project.dir,
      GATE.map(([, content], n) => [fileOf(BROKEN, n), content]),
      () => (build = run(project.dir, 'content:build')),
    );
  });

  it('fails', () => expect(build.status, build.output).not.toBe(0));

  it.each(GATE.map(([name, , rule, line], n) => [name, fileOf(BROKEN, n), rule, line] as const))('names %s', (_name, file, rule, line) => {
    expect(build.output).toContain(`${file}:${line}:`);
    expect(build.output).toMatch(new RegExp(`^${file.replace(/[.]/g, '\\.')}:${line}:\\d+: ${rule}: `, 'm'));
  });
});
