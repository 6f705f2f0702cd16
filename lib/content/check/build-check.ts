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

/**
 * Runs contentlayer's onSuccess work so that a failure prints one line,
 * never a stack: a throw inside the hook reaches the editor as
 * contentlayer2's `SuccessCallbackError` with two effect-ts stack traces
 * (issue 19). Every error the hook raises on purpose already says, in its
 * message, what is wrong and how to fix it (the editors' lines are printed
 * before it). Outside `npm run dev` the process then exits 1, which stops
 * `npm run build`; the preview goes on and shows the line.
 */
export function failInOneLine(work: () => void, lifecycle = process.env.npm_lifecycle_event): void {
  try {
    work();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    if (lifecycle !== 'dev') process.exit(1);
  }
}
