import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runMeasured, type Measured } from './proc';

/**
 * `npm run build`, step by step, timed: the steps are read from the copy's
 * package.json `build` script (split on `&&`, leading VAR=value kept as
 * environment), so the benchmark builds exactly what `npm run build` builds
 * and names the step that failed. Cold = .next and .contentlayer deleted
 * first; warm = both kept from the previous build.
 */

export type BuildStep = { name: string; command: string; env: Record<string, string> };

/** Pure: `a && X=1 b --c && d` → three steps with their environment. */
export function buildSteps(script: string): BuildStep[] {
  return script.split('&&').map((part) => {
    const words = part.trim().split(/\s+/);
    const env: Record<string, string> = {};
    while (words.length && /^[A-Z_][A-Z0-9_]*=/.test(words[0]!)) {
      const [k, ...v] = words.shift()!.split('=');
      env[k!] = v.join('=');
    }
    const command = words.join(' ');
    return { name: stepName(command), command, env };
  });
}

function stepName(command: string): string {
  if (/content-(check|build)/.test(command)) return 'content check';
  if (/^contentlayer2? |contentlayer-build/.test(command)) return 'contentlayer';
  if (/^next build/.test(command)) return 'next build';
  return command.split(' ')[0]!;
}

export type BuildResult = {
  ok: boolean;
  /** Wall time of all steps, ms. */
  ms: number;
  /** Peak RSS of the tree of any step, bytes. */
  peakRss: number;
  steps: { name: string; ms: number; peakRss: number; code: number | null }[];
  /** When !ok: which step failed and its last lines. */
  failed?: { step: string; code: number | null; tail: string };
  /** The output of next build (route table). */
  nextOutput: string;
};

export type BuildOptions = {
  cold: boolean;
  env?: NodeJS.ProcessEnv;
  onStep?: (name: string) => void;
  timeoutMs?: number;
};

export async function buildSite(dir: string, options: BuildOptions): Promise<BuildResult> {
  if (options.cold) {
    rmSync(join(dir, '.next'), { recursive: true, force: true });
    rmSync(join(dir, '.contentlayer'), { recursive: true, force: true });
  }
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const steps = buildSteps(pkg.scripts.build!);
  const result: BuildResult = { ok: true, ms: 0, peakRss: 0, steps: [], nextOutput: '' };
  const bin = join(dir, 'node_modules', '.bin');
  for (const step of steps) {
    options.onStep?.(step.name);
    const run: Measured = await runMeasured('sh', ['-c', step.command], {
      cwd: dir,
      env: { ...options.env, ...step.env, PATH: `${bin}:${process.env.PATH}` } as NodeJS.ProcessEnv,
      timeoutMs: options.timeoutMs,
    });
    result.ms += run.ms;
    result.peakRss = Math.max(result.peakRss, run.peakRss);
    result.steps.push({ name: step.name, ms: run.ms, peakRss: run.peakRss, code: run.code });
    if (step.name === 'next build') result.nextOutput = run.output;
    if (run.code !== 0) {
      result.ok = false;
      result.failed = { step: step.name, code: run.code, tail: run.tail };
      break;
    }
  }
  return result;
}

export const stepMs = (r: BuildResult, name: string) => r.steps.find((s) => s.name === name)?.ms ?? NaN;

// ------------------------------------------------------------------ the route table

export type RouteKind = 'static' | 'ssg' | 'dynamic';
export type RouteTable = {
  /** Every route pattern with its kind, e.g. /[locale]/missing → dynamic. */
  routes: { path: string; kind: RouteKind }[];
  /** Concrete prerendered paths the table lists, including the "[+N more paths]" it folds. */
  prerenderedPaths: number;
};

const SYMBOLS: Record<string, RouteKind> = { '○': 'static', '●': 'ssg', ƒ: 'dynamic' };

/**
 * Pure: reads the "Route (app)" table `next build` prints. A line is a route
 * (├ ● /[locale]/archive/[page]) or, indented under a group line with no
 * symbol (├   /[locale]/feed.xml), one of its prerendered paths; "[+7 more
 * paths]" counts 7.
 */
export function parseRouteTable(output: string): RouteTable {
  const text = output.replace(/\x1b\[[0-9;]*m/g, '');
  const start = text.indexOf('Route (app)');
  const table: RouteTable = { routes: [], prerenderedPaths: 0 };
  if (start < 0) return table;
  let group: string | null = null;
  for (const line of text.slice(start).split('\n').slice(1)) {
    if (!/^[┌├└│]/.test(line)) break;
    const child = /^│\s+[├└]\s+([○●ƒ])\s+(.+)$/.exec(line);
    if (child) {
      const more = /^\[\+(\d+) more paths\]$/.exec(child[2]!.trim());
      table.prerenderedPaths += more ? Number(more[1]) : 1;
      if (group && !table.routes.some((r) => r.path === group)) table.routes.push({ path: group, kind: SYMBOLS[child[1]!]! });
      continue;
    }
    const route = /^[┌├└]\s+([○●ƒ])\s+(\S+)/.exec(line);
    if (route) {
      group = null;
      const kind = SYMBOLS[route[1]!]!;
      table.routes.push({ path: route[2]!, kind });
      // A static route, or an SSG route written without brackets, is one page.
      if (kind !== 'dynamic' && !route[2]!.includes('[')) table.prerenderedPaths += 1;
      continue;
    }
    const header = /^[┌├└]\s{2,}(\/\S*)/.exec(line);
    if (header) group = header[1]!;
  }
  return table;
}

// ------------------------------------------------------------------ the build's output

type PrerenderManifest = {
  routes: Record<string, { srcRoute?: string | null }>;
  dynamicRoutes: Record<string, { fallback?: string | false | null }>;
};

export function readPrerenderManifest(dir: string): PrerenderManifest {
  return JSON.parse(readFileSync(join(dir, '.next', 'prerender-manifest.json'), 'utf8')) as PrerenderManifest;
}

export const BRIEFING_ROUTE = '/[locale]/briefings/[slug]';

/**
 * Whether briefings not prerendered are rendered on first request (ISR):
 * `fallback: false` in the prerender manifest means every briefing was
 * prerendered and any other slug is a 404 (dynamicParams = false).
 */
export function longTailMode(manifest: PrerenderManifest): { onDemand: boolean; prerenderedBriefings: number } {
  const route = manifest.dynamicRoutes[BRIEFING_ROUTE];
  const prerenderedBriefings = Object.values(manifest.routes).filter((r) => r.srcRoute === BRIEFING_ROUTE).length;
  return { onDemand: route !== undefined && route.fallback !== false, prerenderedBriefings };
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** The largest JavaScript file under .next/server (a server chunk or bundle; source maps excluded). */
export function largestServerChunk(dir: string): { path: string; bytes: number } | null {
  const root = join(dir, '.next', 'server');
  let best: { path: string; bytes: number } | null = null;
  for (const file of walk(root)) {
    if (!/\.js$/.test(file)) continue;
    const bytes = statSync(file).size;
    if (!best || bytes > best.bytes) best = { path: relative(join(dir, '.next'), file), bytes };
  }
  return best;
}
