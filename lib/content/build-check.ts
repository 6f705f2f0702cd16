import { checkContent } from './corpus';
import { calendarDateIn } from './dates';
import { formatDiagnostic } from './diagnostic';

/**
 * The build's gate: runs every content rule and throws, listing each problem
 * in the editors' format, when any is an error. Warnings are printed only.
 */
export function runBuildChecks(root: string, timeZone: string): void {
  const report = checkContent(root, calendarDateIn(timeZone));
  const lines = report.diagnostics.map(formatDiagnostic);
  if (lines.length) console.error(lines.join('\n'));
  if (!report.ok) {
    const count = report.diagnostics.filter((d) => d.severity === 'error').length;
    throw new Error(`content check failed: ${count} error(s) in content/ — fix them and build again (npm run content:check lists them)`);
  }
}
