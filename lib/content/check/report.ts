import type { Diagnostic, Severity } from './diagnostic';
import type { Position } from '../frontmatter';
import type { RuleId } from './rule-catalogue';

export type Report = (
  rule: RuleId,
  position: Position | null,
  message: string,
  fix: string,
  severity?: Severity,
) => void;

export function reporter(file: string, out: Diagnostic[]): Report {
  return (rule, position, message, fix, severity = 'error') => {
    out.push({
      file,
      line: position?.line ?? 1,
      column: position?.column ?? 1,
      rule,
      severity,
      message,
      fix,
    });
  };
}
