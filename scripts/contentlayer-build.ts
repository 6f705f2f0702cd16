/**
 * `npm run build`'s contentlayer step: `contentlayer2 build`, with its
 * failures said the editors' way. The content check has run first, so a
 * file contentlayer2 refuses is a disagreement between the two (a bug of
 * the site): each is printed as one `path:line:column: rule: message — fix`
 * line (lib/content/contentlayer-report.ts), never as contentlayer2's tree
 * or an effect-ts stack. The whole output is kept in
 * .contentlayer/contentlayer-build.log for whoever fixes the bug.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentlayerLines } from '../lib/content/contentlayer-report';
import { parseFrontmatter } from '../lib/content/frontmatter';

const LOG = join('.contentlayer', 'contentlayer-build.log');
const run = spawnSync('contentlayer2', ['build'], { encoding: 'utf8', shell: process.platform === 'win32', maxBuffer: 256 * 1024 * 1024 });
const output = `${run.stdout ?? ''}${run.stderr ?? ''}${run.error ? String(run.error) : ''}`;
mkdirSync('.contentlayer', { recursive: true });
writeFileSync(LOG, output);

if (run.status === 0) {
  // "Generated N documents in .contentlayer", and anything our hooks printed (warnings are printed by the check before).
  for (const line of output.split('\n')) if (line && !line.startsWith('successCallback')) console.log(line);
} else {
  const position = (file: string, field: string) => {
    try {
      return parseFrontmatter(readFileSync(file, 'utf8'))?.keyPositions.get(field) ?? null;
    } catch {
      return null;
    }
  };
  const lines = contentlayerLines(output, 'content', position);
  const first =
    output
      .split('\n')
      .find((l) => l.trim() && !l.startsWith('successCallback'))
      ?.trim() ?? 'no output';
  console.error(lines.length ? lines.join('\n') : `contentlayer2: ${first} — the whole output is in ${LOG}`);
  process.exitCode = run.status ?? 1;
}
