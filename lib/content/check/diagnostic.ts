import type { RuleId } from './rule-catalogue';

export type Severity = 'error' | 'warning';

/**
 * One problem found in content/. Every diagnostic names the file, the line
 * and column where it can, the rule, what is wrong, and how to fix it.
 */
export type Diagnostic = {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  /** Which rule, by its id in ./rule-catalogue.ts (EDITORS.md explains each). */
  rule: RuleId;
  severity: Severity;
  message: string;
  fix: string;
};

/** `path:line:column: rule: message — how to fix` (the editors' format). */
export function formatDiagnostic(d: Diagnostic): string {
  const level = d.severity === 'warning' ? 'warning ' : '';
  return `${d.file}:${d.line}:${d.column}: ${level}${d.rule}: ${d.message} — ${d.fix}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Stable order: file, then line, then column, then rule. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
}
