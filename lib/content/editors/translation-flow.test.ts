import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runContentCheck, runContentStatus, runNewBriefing, runStaleTranslations } from './cli';
import { FIXTURE_CONTENT, LEAD, TRANSLATED_SLUG } from '../../../tests/support/fixture-site';

/**
 * A translation's life in a real git repository (a copy of the fixture
 * site's content, tests/support/fixture-site.ts):
 * new:briefing ties it to its source's commit, the source changes, and
 * content:status and content:check say what the translation missed.
 */
const SLUG = LEAD.slug;
const AR = `content/briefings/ar/${SLUG}.mdx`;
const EN = `content/briefings/en/${SLUG}.mdx`;
const TODAY = ['--today', '2026-11-28'];

let repo: string;
let english: string;
const git = (args: string[], extraEnv: Record<string, string> = {}) =>
  execFileSync('git', ['-C', repo, '-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', '-c', 'commit.gpgsign=false', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...process.env, ...extraEnv },
  }).trim();
const env = () => ({ cwd: repo });
const read = (path: string) => readFileSync(join(repo, path), 'utf8');
const write = (path: string, text: string) => writeFileSync(join(repo, path), text);
/** The check's lines about this briefing (the rest of content/ is not this test's business). */
const about = (stdout: string) => stdout.split('\n').filter((line) => line.includes(`/${SLUG}.mdx:`));

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'mawjaz-translation-'));
  cpSync(FIXTURE_CONTENT, join(repo, 'content'), { recursive: true });
  // Its translationOf names a commit of this repository, which the new one has not.
  unlinkSync(join(repo, 'content/briefings/en', `${TRANSLATED_SLUG}.mdx`));
  english = read(EN);
  unlinkSync(join(repo, EN));
  git(['init', '-q']);
  git(['add', '.']);
  git(['commit', '-qm', 'Arabic briefing']);
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('a translation tied to its source', () => {
  let translatedFrom: string;

  it('new:briefing --locales en records the Arabic file and its last commit', () => {
    translatedFrom = git(['log', '-1', '--format=%H', '--', AR]);
    const result = runNewBriefing([SLUG, '--locales', 'en', ...TODAY], env());
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain(`translationOf: the ar version at commit ${translatedFrom.slice(0, 12)}`);
    expect(read(EN)).toContain(`translationOf:\n  locale: ar\n  commit: "${translatedFrom}"\n`);
  });

  it('writes nothing to tie to when the source is not committed', () => {
    write('content/briefings/ar/not-committed.mdx', read(AR));
    const result = runNewBriefing(['not-committed', '--locales', 'en', ...TODAY], env());
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('note: content/briefings/ar/not-committed.mdx is not committed yet, so translationOf was not written');
    expect(read('content/briefings/en/not-committed.mdx')).not.toContain('translationOf');
    rmSync(join(repo, 'content/briefings/ar/not-committed.mdx'));
    rmSync(join(repo, 'content/briefings/en/not-committed.mdx'));
  });

  it('passes the check once translated, and status says the source has not changed', () => {
    // The translator's finished text, with the field new:briefing wrote.
    write(EN, english.replace('authors: [mawjaz-desk]\n', `authors: [mawjaz-desk]\ntranslationOf:\n  locale: ar\n  commit: "${translatedFrom}"\n`));
    git(['add', '.']);
    // An hour after the Arabic commit, as a translation lands: the source is
    // then older by time, and must not be called the translation to update.
    const later = new Date(Date.now() + 3_600_000).toISOString();
    git(['commit', '-qm', 'English translation'], { GIT_AUTHOR_DATE: later, GIT_COMMITTER_DATE: later });
    const check = runContentCheck(TODAY, env());
    expect(about(check.stdout)).toEqual([]);
    expect(check.code).toBe(0);
    const status = runContentStatus(TODAY, env());
    expect(status.stdout).toContain(`en/${SLUG}: translated from ar at ${translatedFrom.slice(0, 12)}: the source has not changed since`);
    expect(runContentStatus([...TODAY, '--stale'], env()).stdout).not.toContain(SLUG);
  });

  it('after a correction to the source: status lists the commit, the fields and the paragraphs; check warns', () => {
    const before = read(AR);
    const corrected = before
      .replace(/^date: (.*)$/m, 'date: $1\ncorrections:\n  - date: 2026-01-29T10:00+03:00\n    text: "ذكرت نسخة سابقة رقمًا خاطئًا."')
      .replace('## ', 'فقرة جديدة تضيف ما قالته وزارة التجارة.\n\n## ');
    write(AR, corrected);
    git(['commit', '-qam', 'Correct the number of chips']);

    const status = runContentStatus([...TODAY, '--stale'], env());
    expect(status.stdout).toContain(SLUG);
    expect(status.stdout).toMatch(new RegExp(`en/${SLUG}: translated from ar at ${translatedFrom.slice(0, 12)}: 1 commit, \\+\\d+ −0 lines; fields changed: corrections; paragraphs: 1 new or rewritten, 0 removed`));
    expect(status.stdout).toMatch(/ {4}[0-9a-f]{12} \d{4}-\d{2}-\d{2} Correct the number of chips/);
    expect(status.stdout).toContain('    + فقرة جديدة تضيف ما قالته وزارة التجارة.');

    const json = JSON.parse(runContentStatus([...TODAY, '--format', 'json'], env()).stdout);
    const since = json.briefings.find((b: { slug: string }) => b.slug === SLUG).locales.en.sinceTranslation;
    expect(since).toMatchObject({ from: 'ar', since: translatedFrom, fields: ['corrections'], deletions: 0 });
    expect(since.commits).toHaveLength(1);

    const check = runContentCheck(TODAY, env());
    expect(check.code).toBe(0);
    const closing = read(EN).split('\n').indexOf('---', 1) + 1;
    expect(about(check.stdout)).toEqual([
      `${EN}:${closing}:1: warning translation-correction: the ar version has a correction dated 2026-01-29T10:00+03:00 that this version lacks: "ذكرت نسخة سابقة رقمًا خاطئًا." — correct this text too and add under corrections: - date: 2026-01-29T10:00+03:00 with its text in English (see ${AR})`,
    ]);
  });

  it('translations:stale lists the translation the commits since a base leave behind, for the pull-request comment', () => {
    const base = git(['rev-parse', 'HEAD~1']);
    const markdown = runStaleTranslations(['--base', base, '--format', 'markdown'], env());
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain(`| \`${AR}\` | \`${EN}\` | fields: \`corrections\`; 1 paragraph new or rewritten, 0 removed |`);
    expect(runStaleTranslations(['--base', 'HEAD'], env())).toEqual({ stdout: 'No translation is left behind.', stderr: '', code: 0 });
    expect(runStaleTranslations(['--base', 'HEAD', '--format', 'markdown'], env()).stdout).toBe('');
    expect(runStaleTranslations(['--base', 'no-such-branch'], env())).toMatchObject({ code: 2, stderr: expect.stringContaining('git does not know "no-such-branch"') });
    expect(runStaleTranslations([], env()).code).toBe(2);
  });

  it('the warning goes once the translation has the correction', () => {
    write(EN, read(EN).replace(/^date: (.*)$/m, 'date: $1\ncorrections:\n  - date: 2026-01-30\n    text: "An earlier version gave the wrong number."'));
    const check = runContentCheck(TODAY, env());
    expect(check.code).toBe(0);
    expect(about(check.stdout)).toEqual([]);
  });

  it('refuses a commit git does not know, naming the line and the command that gives the right one', () => {
    const text = read(EN);
    write(EN, text.replace(translatedFrom, 'deadbeef'.repeat(5)));
    const line = read(EN).split('\n').findIndex((l) => l.includes('deadbeef')) + 1;
    const check = runContentCheck(TODAY, env());
    expect(check.code).toBe(1);
    expect(about(check.stdout)).toEqual([
      `${EN}:${line}:11: translation-of: translationOf.commit ${'deadbeef'.repeat(5)} is not a commit of this repository's history — copy the id \`git log -1 --format=%H -- ${AR}\` prints (the commit of the version you translated)`,
    ]);
    expect(runContentStatus(TODAY, env()).stdout).toContain('git does not know that commit');
    write(EN, text);
  });
});
