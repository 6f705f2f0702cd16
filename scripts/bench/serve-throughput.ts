/**
 * npm run bench:serve — serving, in one run, on the current build
 * (`npm run build` first; the e2e build will do):
 *   1. a prerendered briefing through `npm start` (lib/serve/: its file from
 *      disk, then from its bounded memory) against a minimal node:http server
 *      sending the same bytes, headers included, from memory (goal: ratio ≥ 0.8);
 *   2. a long-tail briefing after its first render (the cache handler wrote
 *      its file) against the same baseline (goal ≥ 0.3);
 *   3. p99 at 50 connections for both (goal ≤ 50 ms);
 *   4. nginx (deploy/nginx/) in front, a cache hit, for reference.
 * Medians of BENCH_ROUNDS wrk runs (5) of BENCH_SECONDS (5) each, gzip
 * accepted as browsers do; each round runs the servers one after the other,
 * and the ratio is the median of the rounds' ratios, so that a change in
 * the machine's load between rounds (other work on it) cancels out. Exits 1
 * when a goal is missed. Needs wrk, nginx.
 */
import { join } from 'node:path';
import { cleanupAll, installCleanupHandlers, onCleanup, startNext } from './proc';
import { fetchRaw, staticServer } from './serve';
import { startNginx } from '../support/nginx';
import { runWrk, type WrkResult } from '../support/wrk';
import { builtSlugs } from '../support/site-tree';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 50;
const GZIP = { 'Accept-Encoding': 'gzip' };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const errors = (r: WrkResult) => r.non2xx3xx + Object.values(r.socketErrors).reduce((a, b) => a + b, 0);

installCleanupHandlers();
const root = process.cwd();
const { prerendered, longTail } = builtSlugs(root, 'en');
const server = await startNext(root);
const nginx = await startNginx(new URL(server.baseURL).host, { files: join(root, '.next', 'mawjaz-site', 'files') });
onCleanup(nginx.stop);

type Case = { name: string; path: string; goal: number };
const cases: Case[] = [
  { name: 'prerendered briefing', path: `/en/briefings/${prerendered}`, goal: 0.8 },
  { name: 'long-tail briefing, after its first render', path: `/en/briefings/${longTail}`, goal: 0.3 },
];
let failed = false;
const lines: string[] = [];
try {
  for (const c of cases) {
    // The first render writes the long tail's files (lib/serve/rendered.mjs).
    await fetchRaw(server.baseURL + c.path);
    await new Promise((r) => setTimeout(r, 500));
    const sample = await fetchRaw(server.baseURL + c.path);
    if (sample.status !== 200 || sample.headers['content-encoding'] !== 'gzip') throw new Error(`${c.path}: ${sample.status} ${sample.headers['content-encoding']}`);
    const baseline = await staticServer(sample, { allHeaders: true });
    onCleanup(baseline.close);
    await fetchRaw(nginx.baseURL + c.path);
    const targets = { 'npm start': server.baseURL + c.path, 'static, same bytes': baseline.url, 'nginx hit': nginx.baseURL + c.path };
    const runs: Record<string, WrkResult[]> = { 'npm start': [], 'static, same bytes': [], 'nginx hit': [] };
    for (const url of Object.values(targets)) await runWrk(url, { seconds: 2, connections: CONNECTIONS, threads: 2, headers: GZIP });
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, url] of Object.entries(targets)) runs[name]!.push(await runWrk(url, { seconds: SECONDS, connections: CONNECTIONS, threads: 2, headers: GZIP }));
    }
    const rps = (name: string) => median(runs[name]!.map((r) => r.requestsPerSecond));
    const p99 = (name: string) => median(runs[name]!.map((r) => r.p99Ms));
    const ratio = median(runs['npm start']!.map((r, i) => r.requestsPerSecond / runs['static, same bytes']![i]!.requestsPerSecond));
    lines.push(`\n${c.name} ${c.path}: ${sample.body.length} bytes gzip; ${ROUNDS} rounds × ${SECONDS} s, ${CONNECTIONS} connections`);
    lines.push('| server | median req/s | p99 ms | runs (req/s) | errors |', '| --- | ---: | ---: | --- | ---: |');
    for (const name of Object.keys(targets)) {
      lines.push(
        `| ${name} | ${rps(name).toFixed(0)} | ${p99(name).toFixed(1)} | ${runs[name]!.map((r) => r.requestsPerSecond.toFixed(0)).join(', ')} | ${runs[name]!.reduce((s, r) => s + errors(r), 0)} |`,
      );
    }
    const ok = ratio >= c.goal && p99('npm start') <= 50 && runs['npm start']!.every((r) => errors(r) === 0);
    lines.push(
      `ratio npm start / static, median of the rounds' ratios: ${ratio.toFixed(2)} (goal ≥ ${c.goal}); npm start p99 ${p99('npm start').toFixed(1)} ms (goal ≤ 50): ${ok ? 'held' : 'MISSED'}`,
    );
    if (!ok) failed = true;
  }
} finally {
  await cleanupAll();
}
console.log(lines.join('\n'));
if (failed) process.exitCode = 1;
