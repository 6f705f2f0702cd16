import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runContentCheck, runContentStatus, runNewBriefing } from './cli';

const env = { cwd: process.cwd() };
const CORPUS = ['--root', 'tests/fixtures/corpus', '--today', '2026-11-28'];

describe('content:check', () => {
  it('prints every problem, one per line, and exits 1', () => {
    const result = runContentCheck(CORPUS, env);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines.length).toBeGreaterThan(30);
    for (const line of lines) expect(line).toMatch(/^content\/\S+:\d+:\d+: (warning )?[a-z-]+: .+ — .+$/);
    expect(result.stderr).toMatch(/^content:check: \d+ files \(.*\) — \d+ errors, 4 warnings$/);
  });

  it('exits 0 on the real content, and --quiet-ok prints nothing then', () => {
    expect(runContentCheck([], env)).toMatchObject({ code: 0, stdout: '' });
    expect(runContentCheck(['--quiet-ok'], env)).toEqual({ stdout: '', stderr: '', code: 0 });
  });

  it('--quiet-ok still prints everything when there is an error', () => {
    const quiet = runContentCheck([...CORPUS, '--quiet-ok'], env);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toBe(runContentCheck(CORPUS, env).stdout);
  });

  it('--format json and --format github', () => {
    const json = JSON.parse(runContentCheck([...CORPUS, '--format', 'json'], env).stdout);
    expect(json.ok).toBe(false);
    expect(json.diagnostics.length).toBeGreaterThan(30);
    const github = runContentCheck([...CORPUS, '--format', 'github'], env);
    expect(github.code).toBe(1);
    expect(github.stdout).toContain('::error file=content/briefings/en/impossible-date.mdx,line=4,col=7,title=date::');
    expect(github.stdout).toContain('::warning file=content/briefings/en/english-only.mdx,line=1,col=1,title=translation::');
  });

  it('exits 2 on a usage mistake', () => {
    expect(runContentCheck(['--format', 'xml'], env)).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown format "xml"') });
    expect(runContentCheck(['--today', '2026-02-30'], env).code).toBe(2);
    expect(runContentCheck(['--nope'], env).code).toBe(2);
  });
});

describe('content:status', () => {
  it('exits 0 even when some versions are rejected, as a table or JSON', () => {
    const table = runContentStatus(CORPUS, env);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^scheduled-briefing\s+scheduled 2099-01-01\s+scheduled 2099-01-01/m);
    expect(table.stdout).toMatch(/^english-only\s+missing\s+published 2026-01-28/m);
    const json = JSON.parse(runContentStatus([...CORPUS, '--format', 'json'], env).stdout);
    expect(json.briefings.find((b: { slug: string }) => b.slug === 'draft-briefing').locales.ar.state).toBe('draft');
  });
});

describe('new:briefing', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));
  const site = () => {
    const dir = mkdtempSync(join(tmpdir(), 'mawjaz-new-'));
    roots.push(dir);
    cpSync('content/topics.yaml', join(dir, 'content/topics.yaml'));
    return dir;
  };

  it('scaffolds both languages, which the check flags until filled, and refuses a second time', () => {
    const dir = site();
    const args = ['chip-deal', '--topics', 'china,trade', '--root', dir, '--today', '2026-11-28'];
    const first = runNewBriefing(args, env);
    expect(first).toMatchObject({ code: 0, stdout: expect.stringContaining('created content/briefings/ar/chip-deal.mdx') });
    expect(readFileSync(join(dir, 'content/briefings/en/chip-deal.mdx'), 'utf8')).toContain('date: 2026-11-28');

    const check = JSON.parse(runContentCheck(['--root', dir, '--today', '2026-11-28', '--format', 'json'], env).stdout);
    expect(check.ok).toBe(false);
    expect(new Set(check.diagnostics.map((d: { rule: string }) => d.rule))).toEqual(new Set(['placeholder']));

    const again = runNewBriefing(args, env);
    expect(again).toMatchObject({ code: 1, stderr: expect.stringContaining('already exists') });
  });

  it('--live scaffolds a live briefing starting now, whose only problems are its placeholders', () => {
    const dir = site();
    const now = new Date('2026-11-28T11:05:30Z');
    expect(runNewBriefing(['storm-live', '--live', '--topics', 'trade', '--root', dir], { ...env, now }).code).toBe(0);
    const text = readFileSync(join(dir, 'content/briefings/ar/storm-live.mdx'), 'utf8');
    expect(text).toContain('live:\n  start: 2026-11-28T14:05+03:00\n');
    expect(text).toContain('<Update id="first-update" time="2026-11-28T14:05+03:00" keyEvent>');
    const check = JSON.parse(runContentCheck(['--root', dir, '--today', '2026-11-28', '--format', 'json'], env).stdout);
    expect(new Set(check.diagnostics.map((d: { rule: string }) => d.rule))).toEqual(new Set(['placeholder']));
  });

  it('refuses a bad slug without writing anything', () => {
    const dir = site();
    const result = runNewBriefing(['Chip Deal', '--root', dir], env);
    expect(result).toMatchObject({ code: 1, stderr: expect.stringContaining('e.g. chip-deal') });
    expect(existsSync(join(dir, 'content/briefings'))).toBe(false);
  });

  it('needs exactly one slug', () => {
    expect(runNewBriefing([], env).code).toBe(2);
    expect(runNewBriefing(['a', 'b'], env).code).toBe(2);
  });
});
