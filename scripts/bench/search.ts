/**
 * bench:search — what search costs, on generated briefings (never content/).
 *
 * 1. In-process, per corpus size (1,000 and 10,000 briefings, half in each
 *    language), each size in a fresh child process so heap figures are its own:
 *    - index build time (both languages, median of 3 builds);
 *    - index size on disk (the serialised JSON the build writes, both languages);
 *    - index size in memory (heap delta after gc, as built and as loaded from JSON);
 *    - query latency p50/p99 over a fixed mix of Arabic and English queries
 *      (one language's results page), and the page's whole search work
 *      (results + the other language's count).
 * 2. Over HTTP: a production build of a project copy with the smaller corpus
 *    (scripts/support/project-copy.ts, under .bench/), `next start`, then Debian's
 *    wrk with gzip against the search page (Arabic and English queries) and a
 *    prerendered briefing page, in the same run.
 *
 * Budgets (10,000 briefings): query p99 ≤ 10 ms, index ≤ 50 MB in memory,
 * index build ≤ 10 s.
 *
 * Run: npm run bench:search
 *      (node --expose-gc --import tsx scripts/bench/search.ts
 *        [--sizes 1000,10000] [--http-size 1000] [--no-http] [--duration 10] [--seed 7])
 */
import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mdxPlainText } from '../../lib/content/text';
import { instantOf } from '../../lib/format/date';
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { buildIndex, indexOptions, loadIndex, serializeIndex, type SearchDocument, type SearchIndex } from '../../lib/search/search-index';
import { countMatches, searchPage } from '../../lib/search/query';
import { exitOnHelp } from '../support/help';
import { QUERIES, SYNTHETIC_TOPICS, syntheticBriefings, type SyntheticBriefing } from './search-corpus';
import { http } from './search-http';

exitOnHelp(import.meta.url);

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const SEED = Number(opt('seed', '7'));
const SIZES = opt('sizes', '1000,10000').split(',').map(Number);
const HTTP_SIZE = Number(opt('http-size', '1000'));
const DURATION = Number(opt('duration', '10'));
const WRK = process.env.WRK ?? '/usr/bin/wrk';
/** Index only the body's first N words (0: all): to measure what a cap would save. */
const BODY_WORDS = Number(opt('body-words', '0'));

type ChildReport = {
  size: number;
  perLocale: Record<string, number>;
  buildMs: number[];
  buildCpuMs: number[];
  diskBytes: number;
  heapBuilt: number;
  heapBuiltAr: number;
  heapLoaded: number;
  heapPlain: number;
  loadMs: number;
  query: { p50: number; p99: number; samples: number; cpuP50: number; cpuP99: number };
  page: { p50: number; p99: number };
};

function documents(corpus: SyntheticBriefing[], locale: 'ar' | 'en'): SearchDocument[] {
  const label = new Map(SYNTHETIC_TOPICS.map((t) => [t.id, t[locale]]));
  return corpus
    .filter((b) => b.locale === locale)
    .map((b) => {
      const text = mdxPlainText(b.body);
      const capped = BODY_WORDS > 0 ? text.split(' ').slice(0, BODY_WORDS).join(' ') : text;
      return { slug: b.slug, date: b.date, title: b.title, summary: b.summary, text: capped, topics: b.topics.map((t) => label.get(t)!), at: instantOf(b.date) };
    });
}

const gc = () => {
  const g = (globalThis as { gc?: () => void }).gc;
  if (!g) throw new Error('run with node --expose-gc (npm run bench:search does)');
  g();
  g();
};
/**
 * Memory the index holds: the JS heap, and the backing stores of typed
 * arrays (the compact postings of lib/search/compact-index.ts), which V8
 * keeps outside the heap.
 */
const heap = () => {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function loadBothPlain(ar: string, en: string): MiniSearch<SearchDocument>[] {
  return [ar, en].map((f) => MiniSearch.loadJS<SearchDocument>((JSON.parse(readFileSync(f, 'utf8')) as { index: AsPlainObject }).index, indexOptions));
}

function loadBoth(ar: string, en: string): Record<'ar' | 'en', SearchIndex> {
  return { ar: loadIndex(JSON.parse(readFileSync(ar, 'utf8')))!, en: loadIndex(JSON.parse(readFileSync(en, 'utf8')))! };
}

function child(size: number): ChildReport {
  const corpus = syntheticBriefings(size, SEED);
  const docs = { ar: documents(corpus, 'ar'), en: documents(corpus, 'en') };
  const buildMs: number[] = [];
  const buildCpuMs: number[] = [];
  for (let run = 0; run < 3; run++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    buildIndex(docs.ar);
    buildIndex(docs.en);
    buildMs.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    buildCpuMs.push((c.user + c.system) / 1000);
  }
  const h0 = heap();
  const builtAr = buildIndex(docs.ar);
  const hAr = heap();
  let built: Record<'ar' | 'en', SearchIndex> | null = { ar: builtAr, en: buildIndex(docs.en) };
  const heapBuilt = heap() - h0;
  const heapBuiltAr = hAr - h0;
  // Written to disk, as the build does, so that the heap measured before
  // loading holds neither the built index nor the JSON text.
  const dir = mkdtempSync(join(tmpdir(), 'bench-search-'));
  const files = (['ar', 'en'] as const).map((l) => {
    const file = join(dir, `${l}.json`);
    writeFileSync(file, JSON.stringify(serializeIndex(built![l], l, 'bench')));
    return file;
  });
  const diskBytes = files.reduce((n, f) => n + statSync(f).size, 0);
  built = null;
  // The baseline in the same run: MiniSearch's own loader, which the site used
  // before lib/search/compact-index.ts (a Map per term and field).
  const h0plain = heap();
  let plain: unknown = loadBothPlain(files[0]!, files[1]!);
  const heapPlain = heap() - h0plain;
  plain = null;
  void plain;
  const h1 = heap();
  const t1 = performance.now();
  // In a function of its own: the parsed JSON is then garbage when heap()
  // runs, not kept alive by a temporary of this frame.
  const loaded = loadBoth(files[0]!, files[1]!);
  const loadMs = performance.now() - t1;
  const heapLoaded = heap() - h1;
  rmSync(dir, { recursive: true, force: true });

  // Warm up, then time every query of the mix 20 times, interleaved.
  const mix = [...QUERIES.ar.map((q) => ['ar', q] as const), ...QUERIES.en.map((q) => ['en', q] as const)];
  for (let i = 0; i < 3; i++) for (const [l, q] of mix) searchPage(loaded[l], q, 1, 10);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const pageTimes: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const [l, q] of mix) {
      const c0 = process.cpuUsage();
      const t = performance.now();
      searchPage(loaded[l], q, 1, 10);
      const mid = performance.now();
      const c = process.cpuUsage(c0);
      cpuTimes.push((c.user + c.system) / 1000);
      countMatches(loaded[l === 'ar' ? 'en' : 'ar'], q);
      const end = performance.now();
      times.push(mid - t);
      pageTimes.push(end - t);
    }
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  pageTimes.sort((a, b) => a - b);
  return {
    size,
    perLocale: { ar: docs.ar.length, en: docs.en.length },
    buildMs,
    buildCpuMs,
    diskBytes,
    heapBuilt,
    heapBuiltAr,
    heapLoaded,
    heapPlain,
    loadMs,
    query: {
      p50: percentile(times, 50),
      p99: percentile(times, 99),
      samples: times.length,
      cpuP50: percentile(cpuTimes, 50),
      cpuP99: percentile(cpuTimes, 99),
    },
    page: { p50: percentile(pageTimes, 50), p99: percentile(pageTimes, 99) },
  };
}

function runChild(size: number): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const c = fork(fileURLToPath(import.meta.url), ['--child', String(size), '--seed', String(SEED), '--body-words', String(BODY_WORDS)], {
      execArgv: ['--expose-gc', '--import', 'tsx'],
    });
    c.on('message', (m) => resolve(m as ChildReport));
    c.on('error', reject);
    c.on('exit', (code) => code !== 0 && reject(new Error(`bench child for ${size} exited with ${code}`)));
  });
}

// ---------------------------------------------------------------- report

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;

function table(rows: string[][]) {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
  for (const [n, r] of rows.entries()) {
    console.log(`| ${r.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join(' | ')} |`);
    if (n === 0) console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  }
}

async function main() {
  const childIndex = args.indexOf('--child');
  if (childIndex >= 0) {
    process.send!(child(Number(args[childIndex + 1])));
    return;
  }
  console.log('Wall times include waiting for the CPU when other work shares the machine; CPU times (process.cpuUsage) do not: compare both with the load average.');
  console.log(
    `bench:search — seed ${SEED}, ${cpus().length} cores, load ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}, node ${process.version}`,
  );
  const reports: ChildReport[] = [];
  for (const size of SIZES) reports.push(await runChild(size));

  console.log(`\nIn-process (lib/search), both languages${BODY_WORDS > 0 ? `, body capped to its first ${BODY_WORDS} words (an experiment: the site indexes whole bodies)` : ''}:`);
  const budget = (size: number, value: number, limit: number | null, fmt: (x: number) => string) =>
    limit === null || size !== 10_000 ? ['', ''] : [`≤ ${fmt(limit)}`, value <= limit ? 'held' : 'NOT held'];
  const rows: string[][] = [['briefings', 'figure', 'value', 'budget', 'held?']];
  for (const r of reports) {
    const build = median(r.buildMs);
    const s = `${r.size.toLocaleString('en')} (${r.perLocale.ar} ar + ${r.perLocale.en} en)`;
    const buildCpu = median(r.buildCpuMs);
    rows.push([s, 'index build, wall (median of 3)', ms(build), ...budget(r.size, build, 10_000, (x) => `${x / 1000} s`)]);
    rows.push([s, 'index build, CPU time (median of 3)', ms(buildCpu), ...budget(r.size, buildCpu, 10_000, (x) => `${x / 1000} s`)]);
    rows.push([s, 'index on disk (JSON)', mb(r.diskBytes), '', '']);
    rows.push([s, 'index in memory, as built', mb(r.heapBuilt), ...budget(r.size, r.heapBuilt, 50 * 1024 * 1024, mb)]);
    rows.push([s, '  of which the Arabic index / the English', `${mb(r.heapBuiltAr)} / ${mb(r.heapBuilt - r.heapBuiltAr)}`, '', '']);
    rows.push([s, 'index in memory, loaded from JSON', mb(r.heapLoaded), ...budget(r.size, r.heapLoaded, 50 * 1024 * 1024, mb)]);
    rows.push([s, '  baseline: MiniSearch.loadJS, same files', `${mb(r.heapPlain)} (compact: ${(r.heapLoaded / r.heapPlain).toFixed(2)}×)`, '', '']);
    rows.push([s, 'index load from JSON (once per process)', ms(r.loadMs), '', '']);
    rows.push([s, `query p50, wall (${r.query.samples} samples)`, ms(r.query.p50), '', '']);
    rows.push([s, 'query p99, wall', ms(r.query.p99), ...budget(r.size, r.query.p99, 10, ms)]);
    rows.push([s, 'query p50, CPU time', ms(r.query.cpuP50), '', '']);
    rows.push([s, 'query p99, CPU time', ms(r.query.cpuP99), ...budget(r.size, r.query.cpuP99, 10, ms)]);
    rows.push([s, 'page search work p50 (+ other language count)', ms(r.page.p50), '', '']);
    rows.push([s, 'page search work p99', ms(r.page.p99), '', '']);
  }
  table(rows);
  console.log(
    `load after: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );

  if (args.includes('--no-http')) {
    console.log('\nHTTP part skipped (--no-http).');
    return;
  }
  const h = await http(HTTP_SIZE, { seed: SEED, wrkPath: WRK, duration: DURATION });
  if ('skipped' in h) return;
  console.log(`\nOver HTTP: next start, production build of ${HTTP_SIZE.toLocaleString('en')} generated briefings (built in ${h.buildSeconds.toFixed(0)} s), wrk -t2 -c16 -d${DURATION}s, gzip:`);
  const base = h.results.find((r) => r.label.startsWith('briefing'))!;
  table([
    ['page', 'requests/s', 'latency p50', 'latency p99', 'vs briefing page', 'non-2xx'],
    ...h.results.map((r) => [r.label, r.rps.toFixed(0), r.p50, r.p99, `${(r.rps / base.rps).toFixed(2)}×`, String(r.non2xx)]),
  ]);
}

await main();
