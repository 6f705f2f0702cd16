/**
 * Serving throughput of a prerendered briefing, three ways, in one run:
 *   1. a minimal Node server sending the same gzip bytes (the baseline),
 *   2. nginx with deploy/nginx/mawjaz.conf.template, a cache hit,
 *   3. `next start` alone, compressing per request.
 * Medians of ROUNDS wrk runs (SECONDS each, 100 connections, gzip), and
 * the ratio of nginx to the baseline; exits 1 if nginx serves less than a
 * third of the baseline. Needs a build (`npm run build`), nginx and wrk.
 *   npm run bench:serve   (BENCH_ROUNDS=3 BENCH_SECONDS=5 by default)
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { startNginx } from './support/nginx';
import { freePort } from './support/server';
import { runWrk } from './support/wrk';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const PATH = '/ar/briefings/china-approves-nvidia-h200-imports';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function waitFor(url: string) {
  for (let i = 0; i < 200; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${url} did not answer`);
}

const nextPort = await freePort();
const next = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(nextPort), '-H', '127.0.0.1'], {
  env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  stdio: 'ignore',
  detached: true,
});
const nextURL = `http://127.0.0.1:${nextPort}`;
let nginx: Awaited<ReturnType<typeof startNginx>> | undefined;
let baseline: ReturnType<typeof createServer> | undefined;

try {
  await waitFor(nextURL);
  const page = await fetch(`${nextURL}${PATH}`);
  if (page.status !== 200) throw new Error(`${PATH}: ${page.status} (is the site built? npm run build)`);
  const html = Buffer.from(await page.arrayBuffer());
  const gz = gzipSync(html, { level: 6 });

  const basePort = await freePort();
  baseline = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip', 'content-length': gz.length });
    res.end(gz);
  });
  await new Promise<void>((r) => baseline!.listen(basePort, '127.0.0.1', r));

  nginx = await startNginx(`127.0.0.1:${nextPort}`);
  await fetch(`${nginx.baseURL}${PATH}`, { headers: { 'accept-encoding': 'gzip' } }); // fill the cache
  const hit = await fetch(`${nginx.baseURL}${PATH}`, { headers: { 'accept-encoding': 'gzip' } });
  if (hit.headers.get('x-cache-status') !== 'HIT') throw new Error(`nginx did not cache ${PATH}: ${hit.headers.get('x-cache-status')}`);

  const targets = [
    ['minimal Node server, same gzip bytes', `http://127.0.0.1:${basePort}${PATH}`],
    ['nginx proxy_cache hit', `${nginx.baseURL}${PATH}`],
    ['next start alone', `${nextURL}${PATH}`],
  ] as const;
  const results = new Map<string, number[]>(targets.map(([name]) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, url] of targets) {
      const r = await runWrk(url, { seconds: SECONDS, connections: 100, threads: 2, headers: { 'Accept-Encoding': 'gzip' } });
      const errors = Object.values(r.socketErrors).reduce((a, b) => a + b, 0) + r.non2xx3xx;
      if (errors > 0) console.warn(`${name}: ${errors} errors in round ${round + 1}`);
      results.get(name)!.push(r.requestsPerSecond);
    }
  }
  console.log(`\n${PATH}: ${html.length} bytes of HTML, ${gz.length} gzipped; ${ROUNDS} rounds × ${SECONDS} s, 100 connections\n`);
  console.log('| server | median req/s | runs |');
  console.log('| --- | ---: | --- |');
  for (const [name, runs] of results) console.log(`| ${name} | ${median(runs).toFixed(0)} | ${runs.map((r) => r.toFixed(0)).join(', ')} |`);
  const ratio = median(results.get(targets[1][0])!) / median(results.get(targets[0][0])!);
  const direct = median(results.get(targets[2][0])!) / median(results.get(targets[0][0])!);
  console.log(`\nnginx / baseline: ${ratio.toFixed(2)} (goal ≥ 0.33); next start / baseline: ${direct.toFixed(3)}`);
  if (ratio < 1 / 3) process.exitCode = 1;
} finally {
  await nginx?.stop();
  baseline?.close();
  try {
    process.kill(-next.pid!, 'SIGTERM');
  } catch {
    next.kill('SIGTERM');
  }
}
