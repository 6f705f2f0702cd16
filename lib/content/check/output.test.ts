import { describe, expect, it } from 'vitest';
import type { CorpusReport } from './corpus';
import type { Diagnostic } from './diagnostic';
import { countReport, formatGithubAnnotation, formatJson, formatReport, summaryLine } from './output';

const error: Diagnostic = {
  file: 'content/briefings/en/x.mdx',
  line: 4,
  column: 7,
  rule: 'date',
  severity: 'error',
  message: '"date" is "2026-02-30", which does not exist: 100% wrong',
  fix: 'write an existing date,\nas YYYY-MM-DD',
};
const warning: Diagnostic = { ...error, rule: 'translation', severity: 'warning', line: 1, column: 1, message: 'no ar version', fix: 'add it' };
const report: CorpusReport = {
  today: '2026-11-28',
  diagnostics: [error, warning],
  files: [
    { path: 'content/topics.yaml', state: 'data', errors: 0, warnings: 0 },
    { path: 'content/briefings/en/x.mdx', state: 'rejected', errors: 1, warnings: 1 },
    { path: 'content/briefings/en/y.mdx', state: 'scheduled', errors: 0, warnings: 0 },
  ],
  ok: false,
};

describe('output formats', () => {
  it('text: one line per problem, in the editors\' format', () => {
    expect(formatReport(report, 'text').split('\n')).toEqual([
      'content/briefings/en/x.mdx:4:7: date: "date" is "2026-02-30", which does not exist: 100% wrong — write an existing date,\nas YYYY-MM-DD',
      'content/briefings/en/x.mdx:1:1: warning translation: no ar version — add it',
    ].join('\n').split('\n'));
  });

  it('github: a workflow command per problem, escaped, on its file and line', () => {
    expect(formatGithubAnnotation(error)).toBe(
      '::error file=content/briefings/en/x.mdx,line=4,col=7,title=date::"date" is "2026-02-30", which does not exist: 100%25 wrong — write an existing date,%0Aas YYYY-MM-DD',
    );
    expect(formatGithubAnnotation(warning)).toMatch(/^::warning file=/);
    expect(formatGithubAnnotation({ ...error, file: 'content/a,b:c.mdx' })).toContain('file=content/a%2Cb%3Ac.mdx,');
  });

  it('json: the diagnostics, every file and the counts', () => {
    const parsed = JSON.parse(formatJson(report));
    expect(parsed.ok).toBe(false);
    expect(parsed.diagnostics).toEqual([error, warning]);
    expect(parsed.files).toHaveLength(3);
    expect(parsed.summary).toEqual({ files: 2, errors: 1, warnings: 1, published: 0, draft: 0, scheduled: 1, rejected: 1 });
  });

  it('summarises what was checked', () => {
    expect(countReport(report).files).toBe(2);
    expect(summaryLine(report)).toBe('content:check: 2 files (0 published, 0 draft, 1 scheduled, 1 rejected) — 1 error, 1 warning');
  });
});
