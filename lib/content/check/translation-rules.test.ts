import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../frontmatter';
import type { Diagnostic } from './diagnostic';
import { formatDiagnostic } from './diagnostic';
import { checkTwins, missingCorrections, type TwinFile } from './translation-rules';

const c = (date: string, text = `fixed on ${date}`) => ({ date, text });

describe('missingCorrections', () => {
  it('is empty when the twin has as many corrections, whatever their days', () => {
    expect(missingCorrections([c('2026-01-29')], [c('2026-01-30')])).toEqual([]);
    expect(missingCorrections([c('2026-01-30')], [c('2026-01-29')])).toEqual([]);
  });

  it('names the newest corrections past the end of the twin’s list', () => {
    expect(missingCorrections([c('2026-02-03'), c('2026-01-29T10:00+03:00'), c('2026-02-01')], [c('2026-01-30')])).toEqual([c('2026-02-01'), c('2026-02-03')]);
    expect(missingCorrections([c('2026-01-29')], [])).toEqual([c('2026-01-29')]);
  });

  it('orders times within a day', () => {
    expect(missingCorrections([c('2026-01-29T18:00+03:00'), c('2026-01-29T09:00+03:00')], [c('2026-01-29')])).toEqual([c('2026-01-29T18:00+03:00')]);
  });
});

const file = (locale: 'ar' | 'en', slug: string, yaml: string): TwinFile => ({
  path: `content/briefings/${locale}/${slug}.mdx`,
  location: { locale, slug },
  page: false,
  fm: parseFrontmatter(`---\ntitle: T\ndate: 2026-01-28\n${yaml}---\n\nBody.\n`),
});
const run = (files: TwinFile[], known?: (commits: readonly string[]) => ReadonlySet<string> | null, before: Diagnostic[] = []) => {
  const out = [...before];
  checkTwins(files, out, known);
  return out.map(formatDiagnostic);
};
const SHA = 'a'.repeat(40);

describe('checkTwins', () => {
  const corrected = 'corrections:\n  - date: 2026-01-29\n    text: "An earlier version said 1m."\n';

  it('warns on the version that lacks its twin’s correction, at its corrections line or above the body', () => {
    expect(run([file('ar', 'x', corrected), file('en', 'x', '')])).toEqual([
      'content/briefings/en/x.mdx:4:1: warning translation-correction: the ar version has a correction dated 2026-01-29 that this version lacks: "An earlier version said 1m." — correct this text too and add under corrections: - date: 2026-01-29 with its text in English (see content/briefings/ar/x.mdx)',
    ]);
    expect(run([file('ar', 'x', `${corrected}  - date: 2026-02-01\n    text: "Second."\n`), file('en', 'x', corrected)])[0]).toMatch(
      /^content\/briefings\/en\/x\.mdx:4:1: warning translation-correction: the ar version has a correction dated 2026-02-01 /,
    );
  });

  it('skips a version with errors: it is fixed first', () => {
    const error: Diagnostic = { file: 'content/briefings/en/x.mdx', line: 1, column: 1, rule: 'date', severity: 'error', message: 'm', fix: 'f' };
    expect(run([file('ar', 'x', corrected), file('en', 'x', '')], undefined, [error])).toHaveLength(1);
  });

  it('refuses a translationOf whose version does not exist', () => {
    expect(run([file('en', 'x', `translationOf:\n  locale: ar\n  commit: "${SHA}"\n`)])).toEqual([
      'content/briefings/en/x.mdx:5:11: translation-of: translationOf names the ar version, but content/briefings/ar/x.mdx does not exist — correct the locale, or remove translationOf if this version is not a translation',
    ]);
  });

  it('asks git about each commit once, and refuses the ones it does not know', () => {
    const asked: (readonly string[])[] = [];
    const known = (commits: readonly string[]) => {
      asked.push(commits);
      return new Set<string>();
    };
    const tied = `translationOf:\n  locale: ar\n  commit: "${SHA}"\n`;
    const found = run([file('ar', 'x', ''), file('en', 'x', tied), file('ar', 'y', ''), file('en', 'y', tied)], known);
    expect(asked).toEqual([[SHA]]);
    expect(found).toEqual([
      `content/briefings/en/x.mdx:6:11: translation-of: translationOf.commit ${SHA} is not a commit of this repository's history — copy the id \`git log -1 --format=%H -- content/briefings/ar/x.mdx\` prints (the commit of the version you translated)`,
      expect.stringMatching(/^content\/briefings\/en\/y\.mdx:6:11: translation-of: /),
    ]);
  });

  it('says nothing of commits when git cannot tell (no git, a shallow clone)', () => {
    const tied = `translationOf:\n  locale: ar\n  commit: "${SHA}"\n`;
    expect(run([file('ar', 'x', ''), file('en', 'x', tied)], () => null)).toEqual([]);
    expect(run([file('ar', 'x', ''), file('en', 'x', tied)], () => new Set([SHA]))).toEqual([]);
  });
});
