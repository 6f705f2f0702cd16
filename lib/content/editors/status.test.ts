import { describe, expect, it } from 'vitest';
import type { CorpusFile, CorpusReport } from '../check/corpus';
import type { LastChange } from './git-history';
import { behindSource, buildStatus, compareRevisions, formatSourceChanges, formatStatusJson, formatStatusTable, revisionsOf, staleRows } from './status';
import type { SourceChange } from './source-changes';

const TZ = 'Asia/Riyadh';
const file = (locale: string, slug: string, extra: Partial<CorpusFile> = {}): CorpusFile => ({
  path: `content/briefings/${locale}/${slug}.mdx`,
  state: 'published',
  locale,
  slug,
  date: '2026-01-28',
  updated: null,
  errors: 0,
  warnings: 0,
  ...extra,
});
const report = (files: CorpusFile[]): CorpusReport => ({ today: '2026-11-28', diagnostics: [], files, ok: true });
const at = (iso: string, source: LastChange['source'] = 'git'): LastChange => ({ time: Date.parse(iso), source });

describe('revisions', () => {
  it('use updated when every version has it', () => {
    const r = revisionsOf([{ path: 'a', updated: '2026-02-01' }, { path: 'b', updated: '2026-01-30' }], new Map([['a', at('2020-01-01T00:00:00Z')]]), TZ);
    expect(r.map((x) => x?.source)).toEqual(['updated', 'updated']);
  });

  it('fall back to git history when one lacks updated, rather than mix the two', () => {
    const changes = new Map([
      ['a', at('2026-03-01T10:00:00Z')],
      ['b', at('2026-03-01T09:00:00Z')],
    ]);
    const r = revisionsOf([{ path: 'a', updated: '2026-01-29' }, { path: 'b' }], changes, TZ);
    expect(r.map((x) => x?.source)).toEqual(['git', 'git']);
    expect(compareRevisions(r[1]!, r[0]!)).toBeLessThan(0);
  });

  it('never take the publication date for a revision', () => {
    const r = revisionsOf([{ path: 'a', date: '2026-01-28' }, { path: 'b', updated: '2026-02-01', date: '2026-01-28' }], new Map(), TZ);
    expect(r).toEqual([undefined, { date: '2026-02-01', source: 'updated' }]);
  });

  it('compare uncommitted files by day, not by the millisecond', () => {
    const a = { date: '2026-11-28', time: 1, source: 'working copy' as const };
    const b = { date: '2026-11-28', time: 2, source: 'working copy' as const };
    expect(compareRevisions(a, b)).toBe(0);
  });
});

describe('buildStatus', () => {
  const files = [
    file('ar', 'both'),
    file('en', 'both'),
    file('en', 'english-only'),
    file('ar', 'stale', { updated: '2026-02-01' }),
    file('en', 'stale', { updated: '2026-03-05' }),
    file('ar', 'mixed', { state: 'draft' }),
    file('en', 'mixed', { state: 'scheduled', date: '2026-12-24' }),
    file('en', 'broken', { state: 'rejected', errors: 2, date: null }),
    { path: 'content/topics.yaml', state: 'data', errors: 0, warnings: 0 } as CorpusFile,
  ];
  const rows = buildStatus(report(files), new Map(), TZ);

  it('lists every slug with the state of each language', () => {
    expect(rows.map((r) => r.slug)).toEqual(['both', 'broken', 'english-only', 'mixed', 'stale']);
    const states = Object.fromEntries(rows.map((r) => [r.slug, [r.locales.ar.state, r.locales.en.state]]));
    expect(states).toEqual({
      both: ['published', 'published'],
      broken: ['missing', 'rejected'],
      'english-only': ['missing', 'published'],
      mixed: ['draft', 'scheduled'],
      stale: ['published', 'published'],
    });
  });

  it('names the translation that is older than its twin', () => {
    const stale = rows.find((r) => r.slug === 'stale')!;
    expect(stale.older).toEqual([
      { locale: 'ar', than: 'en', revision: { date: '2026-02-01', source: 'updated' }, twin: { date: '2026-03-05', source: 'updated' } },
    ]);
    expect(rows.find((r) => r.slug === 'both')!.older).toEqual([]);
  });

  it('prints a table and JSON', () => {
    const table = formatStatusTable(rows, '2026-11-28');
    expect(table).toMatch(/^slug\s+ar\s+en\s+translation$/m);
    expect(table).toMatch(/^stale\s+published 2026-01-28\s+published 2026-01-28\s+ar older than en \(2026-02-01 updated < 2026-03-05 updated\)$/m);
    expect(table).toMatch(/^mixed\s+draft\s+scheduled 2026-12-24$/m);
    expect(table).toMatch(/^broken\s+missing\s+rejected \(2 errors\)$/m);
    expect(table).toContain('5 briefings on 2026-11-28: 2 missing a language, 1 with an older translation');
    expect(JSON.parse(formatStatusJson(rows, '2026-11-28')).briefings).toHaveLength(5);
  });
});

describe('status of corrections and site pages', () => {
  const rows = buildStatus(
    report([
      file('ar', 'fixed', { corrections: 1 }),
      file('en', 'fixed', { corrections: 2 }),
      { path: 'content/pages/en/about.mdx', state: 'published', page: true, locale: 'en', slug: 'about', errors: 0, warnings: 0 },
    ]),
    new Map(),
    TZ,
  );

  it('counts each version’s corrections, and leaves site pages out of the briefings', () => {
    expect(rows.map((r) => r.slug)).toEqual(['fixed']);
    expect(rows[0]!.locales.en.corrections).toBe(2);
    expect(formatStatusTable(rows, '2026-11-28')).toMatch(/^fixed\s+published 2026-01-28, 1 correction\s+published 2026-01-28, 2 corrections$/m);
  });
});

describe('what changed in a source since its translation', () => {
  const SHA = 'c'.repeat(40);
  const tied = file('en', 'x', { translationOf: { locale: 'ar', commit: SHA } });
  const change = (extra: Partial<SourceChange> = {}): SourceChange => ({
    source: 'content/briefings/ar/x.mdx',
    since: SHA,
    commits: [],
    insertions: 0,
    deletions: 0,
    fields: [],
    paragraphs: { added: [], removed: [] },
    ...extra,
  });

  it('asks about the source of each translation, and attaches the answer to the translation', () => {
    const asked: string[] = [];
    const rows = buildStatus(report([file('ar', 'x'), tied, file('ar', 'y'), file('en', 'y')]), new Map(), TZ, (source, commit) => {
      asked.push(`${source}@${commit}`);
      return change({ fields: ['corrections'] });
    });
    expect(asked).toEqual([`content/briefings/ar/x.mdx@${SHA}`]);
    expect(rows[0]!.locales.en.sinceTranslation).toMatchObject({ from: 'ar', fields: ['corrections'] });
    expect(rows[0]!.locales.ar.sinceTranslation).toBeUndefined();
    expect(staleRows(rows).map((r) => r.slug)).toEqual(['x']);
  });

  it('a translation whose source has not changed is not stale', () => {
    const rows = buildStatus(report([file('ar', 'x'), tied]), new Map(), TZ, () => change());
    expect(behindSource(rows[0]!.locales.en)).toBe(false);
    expect(staleRows(rows)).toEqual([]);
    expect(formatSourceChanges(rows, TZ)).toEqual([`en/x: translated from ar at ${SHA.slice(0, 12)}: the source has not changed since`]);
  });

  it('prints the commits, the lines, the fields and the paragraphs', () => {
    const rows = buildStatus(report([file('ar', 'x'), tied]), new Map(), TZ, () =>
      change({
        commits: [{ commit: 'd'.repeat(40), time: Date.parse('2026-01-29T22:30:00Z'), subject: 'Correct the number' }],
        insertions: 4,
        deletions: 1,
        fields: ['corrections', 'updated'],
        paragraphs: { added: ['New text.'], removed: ['Old text.'] },
      }),
    );
    expect(formatSourceChanges(rows, TZ)).toEqual([
      `en/x: translated from ar at ${SHA.slice(0, 12)}: 1 commit, +4 −1 lines; fields changed: corrections, updated; paragraphs: 1 new or rewritten, 1 removed`,
      // The commit's day in the site's zone: 22:30 UTC is the next morning in Riyadh.
      `    ${'d'.repeat(12)} 2026-01-30 Correct the number`,
      '    + New text.',
      '    - Old text.',
    ]);
    const table = formatStatusTable(rows, '2026-11-28', TZ);
    expect(table).toContain('Since each translation was made:');
    expect(table.endsWith('1 translation behind a source changed since translationOf')).toBe(true);
  });

  it('says when git does not know the commit, and counts that as behind', () => {
    const rows = buildStatus(report([file('ar', 'x'), tied]), new Map(), TZ, () => ({ source: 'content/briefings/ar/x.mdx', since: SHA, unknown: 'commit' }));
    expect(behindSource(rows[0]!.locales.en)).toBe(true);
    expect(formatSourceChanges(rows, TZ)[0]).toContain('git does not know that commit');
  });

  it('edits not committed yet count too', () => {
    const rows = buildStatus(report([file('ar', 'x'), tied]), new Map(), TZ, () => change({ insertions: 2 }));
    expect(formatSourceChanges(rows, TZ)[0]).toContain(': 0 commits (not committed yet), +2 −0 lines;');
  });
});
