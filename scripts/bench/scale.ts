/**
 * npm run bench:scale [-- --sizes 1000,5000,20000] [--timeout-min 60] [--warmup-requests 300]
 *
 * Issue 12, part 1: does the archive scale? For each size (briefings in all,
 * half per language), in a temporary copy of the project under .bench/
 * (never in content/), it writes generated briefings
 * (scripts/support/synthetic-briefings.ts), builds cold the way
 * `npm run build` does, and reports:
 *   - content check, contentlayer and `next build` times;
 *   - pages prerendered (.next/prerender-manifest.json, cross-checked with
 *     the route table next build prints);
 *   - the build's peak memory: the highest sum of RSS over the whole process
 *     tree (build workers included), sampled from /proc every 500 ms;
 *   - the largest server chunk (largest .js under .next/server);
 *   - `next start`'s RSS (process tree) after a warm-up of a few hundred
 *     requests over home, archive, topic, feed and briefing pages;
 *   - the first render of a long-tail briefing, when the build renders
 *     briefings on demand (ISR); "n/a" while every briefing is prerendered.
 * It stops at the first size that fails, saying which step and why, and
 * always removes its copy and stops its servers. Raw results go to
 * .bench/scale-<date>.json.
 *
 * A 20,000-briefing build takes a long time on 2 cores; pass smaller sizes
 * while working. Timings depend on what else runs on the machine.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { locales } from '../../i18n/locales';
import { BRIEFING_ROUTE, buildSite, largestServerChunk, longTailMode, parseRouteTable, readPrerenderManifest, stepMs, type BuildResult } from './build';
import { cleanupAll, installCleanupHandlers, onCleanup, startNext, type NextServer } from './proc';
import { progress } from './progress';
import { median } from './table';
import { printBudgets, printTable, type SizeResult } from './scale-report';
import { writeRawResults } from './raw-results';
import { projectCopy } from '../support/project-copy';
import { syntheticSlug, writeSyntheticContent } from '../support/synthetic-briefings';
import { exitOnHelp } from '../support/help';

exitOnHelp(import.meta.url);

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,20000' },
    'warmup-requests': { type: 'string', default: '300' },
    /** Give up on a build step after this many minutes (it then counts as failed, with its last lines). */
    'timeout-min': { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
for (const s of sizes) if (!Number.isInteger(s) || s < locales.length) throw new Error(`--sizes: "${s}" is not a number of briefings`);
const warmupRequests = Number(values['warmup-requests']);
const timeoutMs = values['timeout-min'] ? Number(values['timeout-min']) * 60_000 : undefined;

const bar = progress('bench:scale');

/** Requests, `concurrency` at a time, over `paths`; counts non-200 answers. */
async function warmUp(server: NextServer, paths: string[], total: number, concurrency = 10): Promise<{ requests: number; errors: number; seconds: number }> {
  const started = performance.now();
  let next = 0;
  let errors = 0;
  const worker = async () => {
    while (next < total) {
      const path = paths[next++ % paths.length]!;
      try {
        const res = await fetch(server.baseURL + path, { headers: { 'accept-encoding': 'gzip' } });
        await res.arrayBuffer();
        if (res.status !== 200) errors++;
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { requests: total, errors, seconds: (performance.now() - started) / 1000 };
}

async function measureSize(size: number): Promise<SizeResult> {
  const slugs = Math.floor(size / locales.length);
  const result: SizeResult = { size, slugs, ok: false, longTail: null };
  const copy = projectCopy({ prefix: `scale-${size}-` });
  onCleanup(copy.remove);
  try {
    bar.step(`${size}: writing ${slugs} × ${locales.length} briefings`);
    writeSyntheticContent(copy.dir, slugs);
    const build: BuildResult = await buildSite(copy.dir, { cold: true, timeoutMs, onStep: (step) => bar.step(`${size}: ${step}`) });
    result.contentCheckS = stepMs(build, 'content check') / 1000;
    result.contentlayerS = stepMs(build, 'contentlayer') / 1000;
    result.nextBuildS = stepMs(build, 'next build') / 1000;
    result.peakBuildMB = build.peakRss / 2 ** 20;
    if (!build.ok) {
      result.failed = { step: build.failed!.step, why: `exit ${build.failed!.code}:\n${build.failed!.tail}` };
      return result;
    }
    result.buildS = build.ms / 1000;
    const manifest = readPrerenderManifest(copy.dir);
    result.pagesPrerendered = Object.keys(manifest.routes).length;
    result.routeTablePaths = parseRouteTable(build.nextOutput).prerenderedPaths;
    const chunk = largestServerChunk(copy.dir);
    result.largestServerChunk = chunk && { path: chunk.path, kB: chunk.bytes / 1000 };
    const tail = longTailMode(manifest);
    result.longTail = { ...tail };

    bar.step(`${size}: next start, warming up`);
    let server: NextServer;
    try {
      // Next alone: issue 12's figures are its render and its cache of the
      // long tail, not our server's files (lib/serve/).
      server = await startNext(copy.dir, { front: false });
    } catch (error) {
      result.failed = { step: 'next start', why: (error as Error).message };
      return result;
    }
    try {
      const prerendered = new Set(Object.keys(manifest.routes));
      const briefings = [...prerendered].filter((p) => manifest.routes[p]!.srcRoute === BRIEFING_ROUTE);
      const pick = (list: string[], n: number) => Array.from({ length: Math.min(n, list.length) }, (_, i) => list[Math.floor((i * list.length) / n)]!);
      const paths = [
        ...locales.map((l) => `/${l}`),
        ...locales.map((l) => `/${l}/archive/2`),
        ...locales.map((l) => `/${l}/topics`),
        ...locales.map((l) => `/${l}/feed.xml`),
        ...[...prerendered].filter((p) => /^\/[a-z]{2}\/topics\/[^/]+$/.test(p)).slice(0, 4),
        ...pick(briefings, 12),
      ];
      result.warmup = await warmUp(server, paths, warmupRequests);
      await new Promise((r) => setTimeout(r, 1000));
      result.serverRssMB = server.rss() / 2 ** 20;
      if (tail.onDemand) {
        // Slugs this build did not prerender: their first request renders them.
        const notPrerendered: string[] = [];
        for (let i = 0; i < slugs && notPrerendered.length < 5; i++) {
          const path = `/${locales[i % locales.length]}/briefings/${syntheticSlug(slugs - 1 - i)}`;
          if (!prerendered.has(path)) notPrerendered.push(path);
        }
        const times: number[] = [];
        for (const path of notPrerendered) {
          bar.step(`${size}: first render of ${path}`);
          const t0 = performance.now();
          const res = await fetch(server.baseURL + path);
          await res.arrayBuffer();
          if (res.status === 200) times.push(performance.now() - t0);
        }
        result.longTail.firstRenderMs = times;
        const time = async (path: string) => {
          const t0 = performance.now();
          const res = await fetch(server.baseURL + path);
          await res.arrayBuffer();
          return res.status === 200 ? performance.now() - t0 : NaN;
        };
        const lastPage = Math.ceil(slugs / 10);
        bar.step(`${size}: first render of /${locales[0]}/archive/${lastPage}`);
        result.longTail.lastArchivePageMs = await time(`/${locales[0]}/archive/${lastPage}`);
        const tailPath = notPrerendered[0];
        const builtPath = briefings[0];
        if (tailPath && builtPath) {
          bar.step(`${size}: cached long-tail against prerendered, 200 requests`);
          const tail: number[] = [];
          const built: number[] = [];
          for (let i = 0; i < 100; i++) {
            tail.push(await time(tailPath));
            built.push(await time(builtPath));
          }
          result.longTail.cachedMs = { longTail: median(tail), prerendered: median(built) };
        }
      }
    } finally {
      await server.stop();
    }
    result.ok = true;
    return result;
  } finally {
    copy.remove();
  }
}

async function main() {
  installCleanupHandlers();
  const started = new Date();
  console.log(
    `npm run bench:scale: sizes ${sizes.join(', ')} (briefings, half per language); ${cpus().length} CPUs, ` +
      `${Math.round(totalmem() / 2 ** 30)} GiB, load average ${loadavg()[0]!.toFixed(2)} at start; Node ${process.version}. ` +
      'Timings depend on what else runs on the machine.',
  );
  const results: SizeResult[] = [];
  try {
    for (const size of sizes) {
      const r = await measureSize(size);
      results.push(r);
      if (!r.ok) {
        bar.done();
        console.error(`\n${size} briefings FAILED at ${r.failed!.step}: ${r.failed!.why}\n(stopping: larger sizes would fail too)`);
        process.exitCode = 1;
        break;
      }
    }
  } catch (error) {
    bar.done();
    console.error(`\nbench:scale stopped: ${(error as Error).stack ?? error}`);
    process.exitCode = 1;
  } finally {
    bar.done();
    await cleanupAll();
  }
  console.log('');
  printTable(results);
  console.log('');
  printBudgets(results);
  writeRawResults('scale', started, { results });
}

void main();
