import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../support/project-copy';

/**
 * Writes a benchmark's raw results to `.bench/<name>-<start>.json` (the
 * start time in the name, colons made file-safe), with when it ran and on
 * what machine, and says where. Returns the file's path.
 */
export function writeRawResults(name: string, started: Date, results: Record<string, unknown>): string {
  mkdirSync(join(PROJECT_ROOT, '.bench'), { recursive: true });
  const stamp = started
    .toISOString()
    .replace(/:/g, '-')
    .replace(/\.\d+Z$/, 'Z');
  const file = join(PROJECT_ROOT, '.bench', `${name}-${stamp}.json`);
  const machine = { cpus: cpus().length, loadavg: loadavg(), node: process.version };
  writeFileSync(file, JSON.stringify({ started: started.toISOString(), finished: new Date().toISOString(), machine, ...results }, null, 1));
  console.log(`\nraw results: ${file}`);
  return file;
}
