/**
 * npm run dev [-- next dev options, e.g. -p 3001]
 *
 * The preview editors use: `next dev` with drafts and scheduled briefings
 * shown (with a badge), and `contentlayer2 dev` beside it, so that a saved
 * .mdx file shows on the next reload (contentlayer watches a staged copy of
 * content/, which this script keeps in step: lib/content/stage.ts). Under Turbopack and without
 * `withContentlayer`, nothing else regenerates the content
 * (timlrx/contentlayer2#60); webpack mode watches the generated files.
 *
 * In this script the content check reports problems without stopping the
 * preview (see lib/content/check/build-check.ts): a half-written briefing can be
 * looked at; `npm run build` still refuses it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { writeDeclaredLists } from '../lib/content/index-writer';
import { STAGED_DIR, watchStaged } from '../lib/content/stage';

const shell = process.platform === 'win32';
const first = spawnSync('contentlayer2', ['build'], { stdio: 'inherit', shell });
if (first.status !== 0) process.exit(first.status ?? 1);

// contentlayer reads a staged copy of content/ (lib/content/stage.ts; the
// build above staged it): keep it in step as editors save.
const root = process.cwd();
const watcher = watchStaged(join(root, 'content'), join(root, STAGED_DIR), () => writeDeclaredLists(root));

const children: ChildProcess[] = [
  spawn('contentlayer2', ['dev'], { stdio: 'inherit', shell }),
  spawn('next', ['dev', '--webpack', ...process.argv.slice(2)], { stdio: 'inherit', shell }),
];

// When one stops (or the editor presses Ctrl-C), stop the other too.
let stopping = false;
function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  watcher.close();
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(0));
