import type { CorpusReport } from './corpus';
import { formatDiagnostic, type Diagnostic } from './diagnostic';

export const outputFormats = ['text', 'json', 'github'] as const;
export type OutputFormat = (typeof outputFormats)[number];

export function isOutputFormat(value: unknown): value is OutputFormat {
  return (outputFormats as readonly unknown[]).includes(value);
}

export type Counts = { files: number; errors: number; warnings: number } & Record<
  'published' | 'draft' | 'scheduled' | 'rejected',
  number
>;

export function countReport(report: CorpusReport): Counts {
  const briefings = report.files.filter((f) => f.state !== 'data');
  const count = (state: string) => briefings.filter((f) => f.state === state).length;
  return {
    files: briefings.length,
    errors: report.diagnostics.filter((d) => d.severity === 'error').length,
    warnings: report.diagnostics.filter((d) => d.severity === 'warning').length,
    published: count('published'),
    draft: count('draft'),
    scheduled: count('scheduled'),
    rejected: count('rejected'),
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The closing line: what was checked and what was found. */
export function summaryLine(report: CorpusReport): string {
  const c = countReport(report);
  const states = `${c.published} published, ${c.draft} draft, ${c.scheduled} scheduled, ${c.rejected} rejected`;
  return `content:check: ${plural(c.files, 'file')} (${states}) — ${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}`;
}

/** One diagnostic per line: `path:line:column: rule: message — how to fix`. */
export function formatText(report: CorpusReport): string {
  return report.diagnostics.map(formatDiagnostic).join('\n');
}

/** Everything, for tools: the diagnostics, every file with its state, and the counts. */
export function formatJson(report: CorpusReport): string {
  return JSON.stringify(
    { ok: report.ok, today: report.today, summary: countReport(report), diagnostics: report.diagnostics, files: report.files },
    null,
    2,
  );
}

// GitHub's workflow commands: data escapes %, CR and LF; property values
// also escape : and , (see "Workflow commands for GitHub Actions").
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…,col=…,title=…::message — fix`: a pull request shows it on its line. */
export function formatGithubAnnotation(d: Diagnostic): string {
  const props = [`file=${d.file}`, `line=${d.line}`, `col=${d.column}`, `title=${d.rule}`].map((p) => {
    const [key, ...value] = p.split('=');
    return `${key}=${escapeProperty(value.join('='))}`;
  });
  return `::${d.severity} ${props.join(',')}::${escapeData(`${d.message} — ${d.fix}`)}`;
}

/**
 * Annotations, which GitHub shows on the lines of the pull request (and hides
 * from the log), then the plain lines, so the job log reads like a terminal.
 */
export function formatGithub(report: CorpusReport): string {
  return [...report.diagnostics.map(formatGithubAnnotation), ...report.diagnostics.map(formatDiagnostic)].join('\n');
}

export function formatReport(report: CorpusReport, format: OutputFormat): string {
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'github':
      return formatGithub(report);
    case 'text':
      return formatText(report);
  }
}
