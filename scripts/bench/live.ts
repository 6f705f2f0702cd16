/**
 * npm run bench:live [-- --runs 3]
 *
 * Issue 24, part 2: how long from an editor's push to the page, on the path
 * every update of a live briefing takes: one update added to a live
 * briefing, then `npm run build` with the build cache kept (.next/cache,
 * .contentlayer, the share-image cache), as a deploy on the same machine or
 * a CI runner with its cache restored does. In a temporary copy of the
 * project under .bench/ with the fixture live briefing (tests/fixtures/live):
 * one cold build first (not the figure), then `--runs` builds, each after
 * adding one update. Reports each build's time by step and the median.
 * Budget: 30 s on this machine (DEPLOY.md says what to expect per path).
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { siteTimeZone } from '../../i18n/locales';
import { editorMinute } from '../../lib/content/editors/scaffold-live';
import { buildSite, type BuildResult } from './build';
import { withNewUpdate } from './live-update';
import { median } from './table';
import { projectCopy, PROJECT_ROOT } from '../support/project-copy';

const BUDGET_MS = 30_000;
const SLUG = 'fixture-live-storm';
const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: "${values.runs}" is not a number of builds`);

const copy = projectCopy({ under: '.bench', prefix: 'live-' });
process.on('exit', () => copy.remove());
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const steps = (r: BuildResult) => r.steps.map((s) => `${s.name} ${seconds(s.ms)}`).join(', ');

try {
  cpSync(join(PROJECT_ROOT, 'tests/fixtures/live/content'), join(copy.dir, 'content'), { recursive: true });
  console.log(`bench:live: ${copy.dir}`);
  const cold = await buildSite(copy.dir, { cold: true, env });
  if (!cold.ok) throw new Error(`cold build failed in ${cold.failed?.step}:\n${cold.failed?.tail}`);
  console.log(`cold build (not the figure): ${seconds(cold.ms)} (${steps(cold)})`);
  const times: number[] = [];
  for (let i = 1; i <= runs; i++) {
    const file = join(copy.dir, 'content/briefings/en', `${SLUG}.mdx`);
    // An update timed now, to the minute, as an editor writes it (never in the future: the check refuses that).
    const time = editorMinute(Date.now() - 60_000, siteTimeZone);
    writeFileSync(file, withNewUpdate(readFileSync(file, 'utf8'), { id: `bench-update-${i}`, time, body: `Bench update ${i}: fixture text.` }));
    const warm = await buildSite(copy.dir, { cold: false, env });
    if (!warm.ok) throw new Error(`build ${i} failed in ${warm.failed?.step}:\n${warm.failed?.tail}`);
    times.push(warm.ms);
    console.log(`update ${i}: build ${seconds(warm.ms)} (${steps(warm)})`);
  }
  const m = median(times);
  console.log(
    `\npush-to-page build, one update added, build cache kept: median ${seconds(m)} of ${runs} (min ${seconds(Math.min(...times))}, max ${seconds(Math.max(...times))}); budget ${seconds(BUDGET_MS)}: ${m <= BUDGET_MS ? 'within' : 'OVER'}`,
  );
  process.exitCode = m <= BUDGET_MS ? 0 : 1;
} finally {
  copy.remove();
}
