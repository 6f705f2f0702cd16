import { checkContent } from './corpus';
import { calendarDateIn } from '../dates';
import { formatDiagnostic } from './diagnostic';

/**
 * The build's gate, run by contentlayer's onSuccess: the same rules as
 * `npm run content:check`. It throws, listing each problem in the editors'
 * format, when any is an error; warnings are printed only.
 *
 * `npm run dev` is the exception: an editor previewing a half-written
 * briefing (still full of TODO placeholders) wants to see it, so there the
 * problems are printed and the preview goes on. npm names the running script
 * in npm_lifecycle_event, on every platform.
 *
 * `npm run build` runs the same check before contentlayer
 * (scripts/content-build.ts), because contentlayer can stop on some
 * mistakes before this hook, with messages that name no line. It then sets
 * MAWJAZ_CONTENT_CHECKED=1: the same rules over the same files need not run
 * twice, which matters with thousands of briefings.
 */
export function runBuildChecks(
  root: string,
  timeZone: string,
  lifecycle = process.env.npm_lifecycle_event,
  alreadyChecked = process.env.MAWJAZ_CONTENT_CHECKED === '1',
): void {
  if (alreadyChecked) return;
  const report = checkContent(root, calendarDateIn(timeZone));
  const lines = report.diagnostics.map(formatDiagnostic);
  if (lines.length) console.error(lines.join('\n'));
  if (report.ok) return;
  const count = report.diagnostics.filter((d) => d.severity === 'error').length;
  if (lifecycle === 'dev') {
    console.error(`content check: ${count} error(s) above — the preview runs, but \`npm run build\` will fail until they are fixed`);
    return;
  }
  throw new Error(`content check failed: ${count} error(s) in content/ — fix them and build again (npm run content:check lists them)`);
}
