/**
 * npm run bench:content-check [-- --files 1000 --runs 5]
 *
 * How long `npm run content:check` takes: on the real content (the
 * baseline) and on generated briefings (default 1,000: 500 slugs × 2
 * languages, made from the real ones, with links between them) in a
 * temporary folder that is deleted afterwards. Never commit generated files.
 *
 * It reports the median of several runs of the whole command as an editor
 * runs it (a new process: tsx start-up included) and of the check alone,
 * in-process. Speed lives here, never in timed unit tests.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { locales } from '../../i18n/locales';
import { checkContent } from '../../lib/content/check/corpus';
import { exitOnHelp } from '../support/help';

exitOnHelp(import.meta.url);

const { values } = parseArgs({
  options: { files: { type: 'string', default: '1000' }, runs: { type: 'string', default: '5' } },
});
const fileCount = Number(values.files);
const runs = Number(values.runs);
const TODAY = '2026-11-28';

/** bench-00042-<template slug>: one per generated briefing, and the target of the next one's link. */
const slugFor = (i: number, templates: string[]) => `bench-${String(i).padStart(5, '0')}-${templates[i % templates.length]!.replace(/\.mdx$/, '')}`;

function generate(root: string, count: number): void {
  cpSync('content/topics.yaml', join(root, 'content/topics.yaml'));
  const templates = readdirSync('content/briefings/en').filter((f) => f.endsWith('.mdx'));
  const slugs = Math.ceil(count / locales.length);
  for (const locale of locales) mkdirSync(join(root, 'content/briefings', locale), { recursive: true });
  for (let i = 0; i < slugs; i++) {
    const template = templates[i % templates.length]!;
    const slug = slugFor(i, templates);
    for (const locale of locales) {
      const text = readFileSync(join('content/briefings', locale, template), 'utf8')
        .replace(/^title: "(.*)"$/m, (_, t: string) => `title: "${t.slice(0, 60)} ${i}"`)
        .concat(i > 0 ? `\n[${i - 1}](/${locale}/briefings/${slugFor(i - 1, templates)})\n` : '');
      writeFileSync(join(root, 'content/briefings', locale, `${slug}.mdx`), text);
    }
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

function timeCommand(root: string): number[] {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    const result = spawnSync('node_modules/.bin/tsx', ['scripts/content-check.ts', '--root', root, '--today', TODAY], { encoding: 'utf8' });
    times.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`content:check failed on ${root}:\n${result.stdout}\n${result.stderr}`);
  }
  return times;
}

function timeInProcess(root: string): { times: number[]; files: number } {
  const times: number[] = [];
  let files = 0;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    const report = checkContent(root, TODAY);
    times.push(performance.now() - start);
    files = report.files.filter((f) => f.path.endsWith('.mdx')).length;
    if (!report.ok) throw new Error(`the check found errors in ${root}`);
  }
  return { times, files };
}

const dir = mkdtempSync(join(tmpdir(), 'mawjaz-bench-'));
try {
  generate(dir, fileCount);
  const rows = [
    { name: 'real content', root: '.' },
    { name: `generated (${fileCount})`, root: dir },
  ].map(({ name, root }) => {
    const inProcess = timeInProcess(root);
    const command = timeCommand(root);
    return { name, files: inProcess.files, command: median(command), check: median(inProcess.times) };
  });
  const ms = (x: number) => `${Math.round(x)} ms`.padStart(9);
  console.log(`content:check, median of ${runs} runs, ${cpus().length} cores, Node ${process.version}`);
  console.log(`${'corpus'.padEnd(18)} ${'files'.padStart(6)}  ${'command'.padStart(9)}  ${'check only'.padStart(10)}`);
  for (const r of rows) console.log(`${r.name.padEnd(18)} ${String(r.files).padStart(6)}  ${ms(r.command)}  ${ms(r.check).padStart(10)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
