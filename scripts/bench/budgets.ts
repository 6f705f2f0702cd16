/**
 * npm run bench [-- --quick] [--runs N] [--only build,bytes,lighthouse,serve]
 *
 * Issue 13, part 1: one table of what the site costs — build time, page
 * bytes, Lighthouse mobile, and serving throughput — each figure the median
 * of several runs with min–max, beside its budget, marked held or not. Raw
 * results go to .bench/bench-<date>.json. Everything is built in temporary
 * copies of the project under .bench/ (the real content, and 500 generated
 * briefings: 250 slugs × 2 languages), never in content/ or in our .next.
 *
 * Timings depend on the machine and on what else runs on it: the JSON and
 * the header record the CPU count and load average. Compare medians taken in
 * the same run (the static-server ratio is measured that way).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { locales } from '../../i18n/locales';
import { buildSite, type BuildResult } from './build';
import { loadPageBytes, readChunkOwners, type PageBytes } from './bytes';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, runLighthouse, type LighthouseScores } from './lighthouse';
import { cleanupAll, installCleanupHandlers, onCleanup, startNext, type NextServer } from './proc';
import { progress } from './progress';
import { fetchRaw, staticServer } from './serve';
import { runWrk, type WrkResult } from '../support/wrk';
import { formatTable, type Budget, type Row } from './table';
import { projectCopy, PROJECT_ROOT } from '../support/project-copy';
import { writeSyntheticContent } from '../support/synthetic-briefings';
import { exitOnHelp } from '../support/help';
import { buildPair, buildRows, withoutOutput } from './budgets-build';
import { writeRawResults } from './raw-results';
import { readBriefingSources } from '../../lib/content/briefing-list';
import { visibleIn } from '../../lib/content/select';
import { byteRows } from './budgets-bytes';

exitOnHelp(import.meta.url);

/** As the issue asks: gzip accepted. The servers compress; the static baseline sends the same gzip bytes. */
const GZIP = { 'Accept-Encoding': 'gzip' };

const SECTIONS = ['build', 'bytes', 'lighthouse', 'serve'] as const;
type Section = (typeof SECTIONS)[number];

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    only: { type: 'string' },
    'generated-slugs': { type: 'string', default: '250' },
  },
});
const quick = values.quick;
const runs = Number(values.runs ?? (quick ? 1 : 3));
const only = new Set<Section>((values.only?.split(',') ?? SECTIONS) as Section[]);
for (const s of only) if (!SECTIONS.includes(s)) throw new Error(`--only: unknown section "${s}" (${SECTIONS.join(', ')})`);
const generatedSlugs = Number(values['generated-slugs']);
const wrkSeconds = quick ? 5 : 10;

/**
 * The newest published briefing of each language, read from content/ (the
 * site's lead): measured by what it is, never named, so that renaming or
 * replacing a briefing breaks no benchmark.
 */
const briefings = readBriefingSources();
const LEAD = Object.fromEntries(locales.map((l) => [l, visibleIn(briefings, l, { preview: false, now: Date.now() })[0]!.slug])) as Record<(typeof locales)[number], string>;
const PAGES = [...locales.map((l) => ({ name: `/${l}/briefings/${LEAD[l]}`, path: `/${l}/briefings/${LEAD[l]}` })), ...locales.map((l) => ({ name: `/${l} (home)`, path: `/${l}` }))];

const le = (limit: number): Budget => ({ op: '<=', limit });
const ge = (limit: number): Budget => ({ op: '>=', limit });

const rows: Row[] = [];
const raw: Record<string, unknown> = {};
const bar = progress('bench');

// ------------------------------------------------------------------ bytes

async function measureBytes(server: NextServer, dir: string) {
  const owners = readChunkOwners(dir);
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS.filter((f) => !f.startsWith('--headless')) });
  const closeBrowser = onCleanup(() => browser.close());
  const results: Record<string, PageBytes[]> = {};
  try {
    for (let run = 1; run <= runs; run++) {
      for (const page of PAGES) {
        bar.step(`bytes ${page.name}, run ${run}/${runs}`);
        (results[page.name] ??= []).push(await loadPageBytes(browser, server.baseURL + page.path, owners));
      }
    }
  } finally {
    await closeBrowser();
  }
  rows.push(
    ...byteRows(
      PAGES.map((p) => p.name),
      results,
    ),
  );
  raw.bytes = Object.fromEntries(Object.entries(results).map(([name, rs]) => [name, rs.map((r) => ({ ...r, resources: r.resources.map((x) => ({ ...x, url: x.url.replace(server.baseURL, '') })) }))]));
}

// ------------------------------------------------------------------ lighthouse

async function measureLighthouse(server: NextServer) {
  const results: Record<string, LighthouseScores[]> = {};
  for (let run = 1; run <= runs; run++) {
    for (const page of PAGES) {
      bar.step(`lighthouse ${page.name}, run ${run}/${runs}`);
      (results[page.name] ??= []).push(await runLighthouse(server.baseURL + page.path));
    }
  }
  for (const page of PAGES) {
    const rs = results[page.name]!;
    const failing = [...new Set(rs.flatMap((r) => r.failing))];
    const group = `lighthouse mobile ${page.name}`;
    rows.push(
      { group, name: 'performance', unit: 'score', samples: rs.map((r) => r.performance), budget: ge(98) },
      { group, name: 'accessibility', unit: 'score', samples: rs.map((r) => r.accessibility), budget: ge(100), note: failing.filter((f) => f.startsWith('accessibility')).join(', ') || undefined },
      { group, name: 'best practices', unit: 'score', samples: rs.map((r) => r.bestPractices), budget: ge(100), note: failing.filter((f) => f.startsWith('best')).join(', ') || undefined },
      { group, name: 'SEO', unit: 'score', samples: rs.map((r) => r.seo), budget: ge(100), note: failing.filter((f) => f.startsWith('seo')).join(', ') || undefined },
      { group, name: 'LCP', unit: 'ms', samples: rs.map((r) => r.lcpMs), budget: le(2000) },
      { group, name: 'TBT', unit: 'ms', samples: rs.map((r) => r.tbtMs), budget: le(100) },
      { group, name: 'CLS', unit: 'cls', samples: rs.map((r) => r.cls), budget: le(0) },
    );
  }
  raw.lighthouse = results;
}

// ------------------------------------------------------------------ serve

/**
 * The site as `npm start` serves it (lib/serve/: the build's files, Next
 * behind) against a minimal static server sending the same bytes and
 * headers, and Next alone (`next start`) as the baseline, all in the same
 * run. `npm run bench:serve` adds the long tail and nginx.
 */
async function measureServe(site: NextServer, alone: NextServer, dir: string) {
  const query = encodeURIComponent('انفيديا');
  const targets = [
    { name: `/ar/briefings/${LEAD.ar}`, path: `/ar/briefings/${LEAD.ar}` },
    { name: '/ar (home)', path: '/ar' },
    { name: '/ar/search?q=انفيديا', path: `/ar/search?q=${query}` },
  ];
  type Result = { site: WrkResult[]; alone: WrkResult[]; static: WrkResult[]; ratio: number[]; aloneRatio: number[] };
  const results: Record<string, Result | { site: WrkResult[]; alone: WrkResult[] }> = {};
  const o = { seconds: wrkSeconds, connections: 50, threads: 2, headers: GZIP };
  const errorsOf = (rs: WrkResult[]) => rs.reduce((s, x) => s + x.non2xx3xx + Object.values(x.socketErrors).reduce((a, b) => a + b, 0), 0);
  const note = (rs: WrkResult[]) => (errorsOf(rs) ? `${errorsOf(rs)} errors/non-2xx` : undefined);
  for (const target of targets) {
    const url = site.baseURL + target.path;
    const sample = await fetchRaw(url);
    if (sample.status !== 200) {
      rows.push({ group: `serve ${target.name}`, name: 'npm start', unit: 'req/s', samples: [], budget: ge(1000), note: `route answers ${sample.status}: not in this build` });
      continue;
    }
    const baseline = await staticServer(sample, { allHeaders: true });
    const closeBaseline = onCleanup(baseline.close);
    const r: Result = (results[target.name] = { site: [], alone: [], static: [], ratio: [], aloneRatio: [] });
    try {
      // Not recorded: lets each server reach a steady state (JIT, caches) first.
      bar.step(`serve ${target.name}: warm-up (2 s each)`);
      for (const u of [url, alone.baseURL + target.path, baseline.url]) await runWrk(u, { ...o, seconds: 2 });
      for (let run = 1; run <= runs; run++) {
        bar.step(`serve ${target.name}: npm start, run ${run}/${runs} (${wrkSeconds} s)`);
        const n = await runWrk(url, o);
        bar.step(`serve ${target.name}: next start alone, run ${run}/${runs} (${wrkSeconds} s)`);
        const a = await runWrk(alone.baseURL + target.path, o);
        bar.step(`serve ${target.name}: static node:http, run ${run}/${runs} (${wrkSeconds} s)`);
        const st = await runWrk(baseline.url, o);
        r.site.push(n);
        r.alone.push(a);
        r.static.push(st);
        r.ratio.push(n.requestsPerSecond / st.requestsPerSecond);
        r.aloneRatio.push(a.requestsPerSecond / st.requestsPerSecond);
      }
    } finally {
      await closeBaseline();
    }
    const group = `serve ${target.name} (wrk ${wrkSeconds} s, 50 connections, 2 threads, gzip; ${(sample.body.length / 1000).toFixed(1)} kB ${sample.headers['content-encoding'] ?? 'identity'})`;
    rows.push(
      { group, name: 'npm start (our server, files from disk)', unit: 'req/s', samples: r.site.map((x) => x.requestsPerSecond), budget: ge(1000), note: note(r.site) },
      { group, name: 'npm start p50', unit: 'ms', samples: r.site.map((x) => x.p50Ms), budget: null },
      { group, name: 'npm start p99', unit: 'ms', samples: r.site.map((x) => x.p99Ms), budget: le(50) },
      { group, name: 'static node:http, same bytes and headers', unit: 'req/s', samples: r.static.map((x) => x.requestsPerSecond), budget: null },
      { group, name: 'ratio npm start / static', unit: 'ratio', samples: r.ratio, budget: target.path.includes('/search') ? null : ge(0.8) },
      { group, name: 'baseline: next start alone', unit: 'req/s', samples: r.alone.map((x) => x.requestsPerSecond), budget: null, note: note(r.alone) },
      { group, name: 'baseline: next start alone p99', unit: 'ms', samples: r.alone.map((x) => x.p99Ms), budget: null },
      { group, name: 'baseline: ratio next start alone / static', unit: 'ratio', samples: r.aloneRatio, budget: null },
    );
  }

  // A new query on every request: nothing to reuse, so every one is rendered.
  const script = join(dir, '.bench-new-query.lua');
  // Seeded per thread: unseeded, wrk's two threads would ask the same queries.
  writeFileSync(
    script,
    [
      'local counter = 1',
      'function setup(thread) thread:set("id", counter); counter = counter + 1 end',
      'function init(args) math.randomseed(os.time() + id * 100003) end',
      `function request() return wrk.format(nil, "/ar/search?q=${query}+" .. math.random(1, 1000000000)) end`,
      '',
    ].join('\n'),
  );
  const fresh = (results['/ar/search, a new query each time'] = { site: [] as WrkResult[], alone: [] as WrkResult[] });
  for (let run = 1; run <= runs; run++) {
    bar.step(`serve search, a new query each time: npm start, run ${run}/${runs} (${wrkSeconds} s)`);
    fresh.site.push(await runWrk(site.baseURL + '/', { ...o, script }));
    bar.step(`serve search, a new query each time: next start alone, run ${run}/${runs} (${wrkSeconds} s)`);
    fresh.alone.push(await runWrk(alone.baseURL + '/', { ...o, script }));
  }
  const group = `serve /ar/search, a new query on every request (wrk ${wrkSeconds} s, 50 connections, gzip): every one rendered`;
  rows.push(
    { group, name: 'npm start', unit: 'req/s', samples: fresh.site.map((x) => x.requestsPerSecond), budget: null, note: note(fresh.site) },
    { group, name: 'npm start p99', unit: 'ms', samples: fresh.site.map((x) => x.p99Ms), budget: null },
    { group, name: 'baseline: next start alone', unit: 'req/s', samples: fresh.alone.map((x) => x.requestsPerSecond), budget: null, note: note(fresh.alone) },
    { group, name: 'baseline: next start alone p99', unit: 'ms', samples: fresh.alone.map((x) => x.p99Ms), budget: null },
  );
  raw.serve = results;
}

// ------------------------------------------------------------------ main

async function main() {
  installCleanupHandlers();
  const started = new Date();
  const header =
    `npm run bench${quick ? ' --quick' : ''}: ${runs} run${runs > 1 ? 's' : ''} each; ${cpus().length} CPUs (${cpus()[0]?.model.trim()}), ` +
    `${Math.round(totalmem() / 2 ** 30)} GiB, load average ${loadavg()[0]!.toFixed(2)} at start; Node ${process.version}. ` +
    'Timings depend on what else runs on the machine.';
  console.log(header);
  let commit = '';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout
  }

  let server: NextServer | null = null;
  try {
    if (only.has('build')) {
      const generated = projectCopy({ prefix: 'bench-generated-' });
      onCleanup(generated.remove);
      bar.step(`writing ${generatedSlugs} × ${locales.length} generated briefings`);
      writeSyntheticContent(generated.dir, generatedSlugs);
      const gen = await buildPair(generated.dir, `${generatedSlugs * locales.length} generated briefings`, runs, bar);
      generated.remove();
      rows.push(...buildRows('build time (npm run build steps)', `${generatedSlugs * locales.length} generated briefings`, gen.cold, gen.warm, le(55)));
      raw.buildGenerated = withoutOutput(gen);
    }
    const real = projectCopy({ prefix: 'bench-real-' });
    onCleanup(real.remove);
    let realBuild: { cold: BuildResult[]; warm: BuildResult[] };
    if (only.has('build')) {
      realBuild = await buildPair(real.dir, 'real content', runs, bar);
      rows.push(...buildRows('build time (npm run build steps)', 'real content', realBuild.cold, realBuild.warm, le(20)));
      raw.buildReal = withoutOutput(realBuild);
    } else {
      const once = await buildSite(real.dir, { cold: true, onStep: (s) => bar.step(`build real content (for serving): ${s}`) });
      realBuild = { cold: [once], warm: [] };
    }
    const last = [...realBuild.warm, ...realBuild.cold].at(-1);
    if (!last?.ok) throw new Error('the real content did not build: no bytes, Lighthouse or serving figures');

    if (only.has('bytes') || only.has('lighthouse') || only.has('serve')) {
      bar.step('starting npm start (our server, Next behind it)');
      server = await startNext(real.dir);
      if (only.has('bytes')) await measureBytes(server, real.dir);
      if (only.has('lighthouse')) await measureLighthouse(server);
      if (only.has('serve')) {
        bar.step('starting next start alone (the baseline)');
        const alone = await startNext(real.dir, { front: false });
        await measureServe(server, alone, real.dir);
      }
    }
  } catch (error) {
    bar.done();
    console.error(`\nbench stopped: ${(error as Error).message}`);
    process.exitCode = 1;
  } finally {
    bar.done();
    await cleanupAll();
  }

  console.log('');
  console.log(formatTable(rows));
  writeRawResults('bench', started, { commit, quick, runs, rows, raw });
}

void main();
