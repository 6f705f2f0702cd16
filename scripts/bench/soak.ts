/**
 * npm run bench:soak — 100,000 unique URLs against `npm start` (lib/serve/
 * and Next behind it) on the current build, 32 at a time, sampling the RSS
 * of the whole process tree (our server and Next) every second. Unique by
 * what anyone may vary for free: a query string on a briefing, a search
 * query, an unknown briefing's slug, a page number. Fails when the tree
 * passes 400 MB, or any answer is a 5xx.
 *   SOAK_URLS=100000 SOAK_WIDTH=32 npm run bench:soak
 */
import { Agent, request } from 'node:http';
import { cleanupAll, installCleanupHandlers, startNext } from './proc';
import { builtSlugs } from '../support/site-tree';

const TOTAL = Number(process.env.SOAK_URLS ?? 100_000);
const WIDTH = Number(process.env.SOAK_WIDTH ?? 32);
const LIMIT_MB = 400;

installCleanupHandlers();
const root = process.cwd();
const { prerendered, longTail } = builtSlugs(root, 'en');
const server = await startNext(root);
const agent = new Agent({ keepAlive: true, maxSockets: WIDTH });

/** Pure: the i-th URL of the soak. */
export function soakUrl(i: number): string {
  switch (i % 5) {
    case 0:
      return `/en/briefings/${prerendered}?utm_id=${i}`;
    case 1:
      return `/ar/search?q=${encodeURIComponent(`رقائق ${i}`)}`;
    case 2:
      return `/en/briefings/no-such-briefing-${i}`;
    case 3:
      return `/en/briefings/${longTail}?v=${i}`;
    default:
      return `/en/archive/${i}`;
  }
}

const get = (path: string) =>
  new Promise<number>((resolve, reject) => {
    const req = request(`${server.baseURL}${path}`, { agent, headers: { 'accept-encoding': 'gzip, br' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });

let peak = 0;
const samples: number[] = [];
const sampler = setInterval(() => {
  const mb = server.rss() / 2 ** 20;
  samples.push(mb);
  peak = Math.max(peak, mb);
}, 1000);
const statuses = new Map<number, number>();
const started = Date.now();
let next = 0;
try {
  await Promise.all(
    Array.from({ length: WIDTH }, async () => {
      while (next < TOTAL) {
        const i = next++;
        const status = await get(soakUrl(i));
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (i % 10_000 === 0) console.log(`${i} URLs, ${((Date.now() - started) / 1000).toFixed(0)} s, RSS ${(server.rss() / 2 ** 20).toFixed(0)} MB`);
      }
    }),
  );
} finally {
  clearInterval(sampler);
  const end = server.rss() / 2 ** 20;
  await cleanupAll();
  const seconds = (Date.now() - started) / 1000;
  const fives = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
  console.log(`\n${TOTAL} unique URLs in ${seconds.toFixed(0)} s (${(TOTAL / seconds).toFixed(0)} req/s), ${WIDTH} at a time`);
  console.log(
    `statuses: ${[...statuses]
      .sort()
      .map(([s, c]) => `${s}×${c}`)
      .join(', ')}`,
  );
  console.log(
    `RSS of our server and Next: peak ${peak.toFixed(0)} MB, at the end ${end.toFixed(0)} MB, median ${samples.length ? [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!.toFixed(0) : '?'} MB (limit ${LIMIT_MB} MB)`,
  );
  if (peak >= LIMIT_MB || fives > 0) {
    console.log(`MISSED: ${peak >= LIMIT_MB ? `peak ${peak.toFixed(0)} MB ≥ ${LIMIT_MB}` : ''} ${fives ? `${fives} answers 5xx` : ''}`);
    process.exitCode = 1;
  } else console.log('held');
}
