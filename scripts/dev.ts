/**
 * npm run dev [-- next dev options, e.g. -p 3001]
 *
 * The preview editors use: `next dev` with drafts and scheduled briefings
 * shown (with a badge). A saved file shows on the next reload:
 *
 * - Briefings: after every change under content/, this script runs the
 *   content check and writes what the preview shows (the briefings without
 *   errors, and every diagnostic) to one file, replaced whole
 *   (lib/content/preview-writer.ts). The pages read it and compile a
 *   briefing's body from its file (lib/content/build-files.ts), so an edit shows
 *   within a second, and a broken file's page shows its errors, with file,
 *   line, rule and fix, instead of the briefing.
 * - Topics and authors: written again from their YAML on every change
 *   (lib/content/briefing-list.ts `writeDeclaredLists`).
 * - Site pages: `contentlayer2 dev`, running beside `next dev`, watches a
 *   staged copy of content/, which this script keeps in step, leaving out
 *   the files with errors (lib/content/stage.ts). Under Turbopack and without `withContentlayer`,
 *   nothing else regenerates them (timlrx/contentlayer2#60).
 *
 * In this script the content check reports problems without stopping the
 * preview (see lib/content/check/build-check.ts): a half-written briefing can be
 * looked at; `npm run build` still refuses it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { siteTimeZone } from '../i18n/locales';
import { calendarDateIn } from '../lib/content/dates';
import { writeDeclaredLists } from '../lib/content/briefing-list';
import { filesWithErrors, writePreview } from '../lib/content/preview-writer';
import { STAGED_DIR, stageAccepted } from '../lib/content/stage';
import { CONTENT_DIR, PREVIEW_FILE } from '../lib/content/build-files';
import { watchTree } from './support/watch-tree';
import { exitOnHelp } from './support/help';

exitOnHelp(import.meta.url);

const shell = process.platform === 'win32';
const root = process.cwd();
// contentlayer2 (its first build and `contentlayer2 dev`) reads the copy
// `refresh` stages, not one of its own (contentlayer.config.ts).
process.env.MAWJAZ_CONTENT_DIR = STAGED_DIR;

/**
 * After every save: what the preview shows (the briefings without errors,
 * and every diagnostic), then contentlayer's staged copy without the files
 * that have errors (lib/content/stage.ts `stageAccepted` says why), and the
 * topics and authors. A failure is printed, and the preview keeps the last state.
 */
function refresh(): void {
  try {
    const state = writePreview(root, calendarDateIn(siteTimeZone));
    stageAccepted(root, filesWithErrors(state.diagnostics));
    writeDeclaredLists(root);
  } catch (error) {
    console.error(`preview: could not read content/: ${(error as Error).message}`);
  }
}
refresh();

const first = spawnSync('contentlayer2', ['build'], { stdio: 'inherit', shell });
if (first.status !== 0) process.exit(first.status ?? 1);

// Editors' tools save in bursts (write, rename, touch): one run after a
// short quiet spell.
const previewWatcher = watchTree(join(root, CONTENT_DIR), refresh);

const children: ChildProcess[] = [spawn('contentlayer2', ['dev'], { stdio: 'inherit', shell }), spawn('next', ['dev', '--webpack', ...process.argv.slice(2)], { stdio: 'inherit', shell })];

// When one stops (or the editor presses Ctrl-C), stop the other too.
let stopping = false;
function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  previewWatcher.close();
  // A `next dev` started by hand later must not read a stale preview.
  rmSync(join(root, PREVIEW_FILE), { force: true });
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(0));
