import { formatValue, median, verdict, type Budget } from './table';

/** What `npm run bench:scale` measures of one corpus size, and how it prints the sizes side by side. */

export type SizeResult = {
  size: number;
  slugs: number;
  ok: boolean;
  failed?: { step: string; why: string };
  contentCheckS?: number;
  contentlayerS?: number;
  nextBuildS?: number;
  buildS?: number;
  peakBuildMB?: number;
  pagesPrerendered?: number;
  routeTablePaths?: number;
  largestServerChunk?: { path: string; kB: number } | null;
  serverRssMB?: number;
  warmup?: { requests: number; errors: number; seconds: number };
  longTail: {
    onDemand: boolean;
    prerenderedBriefings: number;
    firstRenderMs?: number[];
    /** The last archive page's first request (later list pages render on demand). */
    lastArchivePageMs?: number;
    /** Median of sequential requests once cached: a long-tail briefing, and a prerendered one, alternately. */
    cachedMs?: { longTail: number; prerendered: number };
  } | null;
};

export function printTable(results: SizeResult[]) {
  const cols = results.map((r) => `${r.size.toLocaleString('en-US')} briefings`);
  const line = (name: string, cells: string[]) => `${name.padEnd(34)}${cells.map((c) => c.padStart(20)).join('')}`;
  const s = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '—' : formatValue(v, 's'));
  const mb = (v: number | undefined) => (v === undefined ? '—' : formatValue(v, 'MB'));
  const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '—' : formatValue(v, 'ms'));
  const count = (v: number | undefined) => (v === undefined ? '—' : v.toLocaleString('en-US'));
  /** One row per figure: its name, and how each size's cell reads. */
  const rows: [string, (r: SizeResult) => string][] = [
    ['content check, index, window', (r) => s(r.contentCheckS)],
    ['contentlayer build (window)', (r) => s(r.contentlayerS)],
    ['next build', (r) => s(r.nextBuildS)],
    ['whole build', (r) => s(r.buildS)],
    ['peak memory of the build (tree)', (r) => mb(r.peakBuildMB)],
    ['pages prerendered', (r) => count(r.pagesPrerendered)],
    ['  (route table of next build)', (r) => count(r.routeTablePaths)],
    ['largest server chunk', (r) => (r.largestServerChunk ? formatValue(r.largestServerChunk.kB, 'kB') : '—')],
    ['next start RSS after warm-up', (r) => mb(r.serverRssMB)],
    ['  (warm-up requests, non-200)', (r) => (r.warmup ? `${r.warmup.requests}, ${r.warmup.errors}` : '—')],
    ['long-tail first render (median)', (r) => (!r.longTail ? '—' : !r.longTail.onDemand ? 'n/a (all prerendered)' : formatValue(median(r.longTail.firstRenderMs ?? []), 'ms'))],
    ['last archive page, first render', (r) => ms(r.longTail?.lastArchivePageMs)],
    ['cached long-tail briefing (median)', (r) => ms(r.longTail?.cachedMs?.longTail)],
    ['prerendered briefing (median)', (r) => ms(r.longTail?.cachedMs?.prerendered)],
  ];
  console.log(line('', cols));
  for (const [name, cell] of rows) console.log(line(name, results.map(cell)));
  for (const r of results) if (r.largestServerChunk) console.log(`largest server chunk at ${r.size}: .next/${r.largestServerChunk.path}`);
}

export function printBudgets(results: SizeResult[]) {
  const at = (n: number) => results.find((r) => r.size === n && r.ok);
  const show = (name: string, value: string, budget: Budget | null, v: number | null) => console.log(`${name.padEnd(46)} ${value.padEnd(46)} ${v === null ? 'n/a' : verdict(v, budget)}`);
  const big = at(20_000);
  const small = at(1_000);
  show('20,000 briefings: peak build memory < 8 GB', big ? formatValue(big.peakBuildMB! / 1024, 'GB') : 'not measured', { op: '<', limit: 8 }, big ? big.peakBuildMB! / 1024 : null);
  show(
    'build of 20,000 < 2 × build of 1,000',
    big && small ? `${(big.buildS! / small.buildS!).toFixed(2)}×` : 'not measured',
    { op: '<', limit: 2 },
    big && small ? big.buildS! / small.buildS! : null,
  );
  const tails = results.filter((r) => r.longTail?.onDemand && r.longTail.firstRenderMs?.length);
  const worst = tails.length ? Math.max(...tails.map((r) => median(r.longTail!.firstRenderMs!))) : null;
  const noIsr = results.some((r) => r.longTail && !r.longTail.onDemand);
  const cached = results.filter((r) => r.longTail?.cachedMs);
  const slowest = cached.length ? Math.max(...cached.map((r) => r.longTail!.cachedMs!.longTail / r.longTail!.cachedMs!.prerendered)) : null;
  show('cached long-tail ÷ prerendered (median) ≤ 1.2', slowest !== null ? `${slowest.toFixed(2)}× (worst size)` : 'not measured', { op: '<=', limit: 1.2 }, slowest);
  show('long-tail first render < 300 ms', worst !== null ? formatValue(worst, 'ms') : noIsr ? 'n/a: every briefing prerendered (no ISR yet)' : 'not measured', { op: '<', limit: 300 }, worst);
}
