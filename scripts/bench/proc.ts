import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, SERVE_ENTRY, waitForServer } from '../support/server';
import { standaloneServerDir } from '../support/standalone';

export { freePort, waitForServer };

/**
 * Processes for the benchmarks: a command timed with the peak memory of its
 * whole process tree, `next start` on a free port, and one cleanup list so
 * that a failing or interrupted run leaves no server and no temporary copy.
 */

// ------------------------------------------------------------------ cleanup

const cleanups: (() => void | Promise<void>)[] = [];

/** Runs `fn` at the end, also on Ctrl-C or an uncaught error. Returns a function that runs it early. */
export function onCleanup(fn: () => void | Promise<void>): () => Promise<void> {
  let done = false;
  const once = async () => {
    if (done) return;
    done = true;
    await fn();
  };
  cleanups.push(once);
  return once;
}

export async function cleanupAll(): Promise<void> {
  while (cleanups.length) {
    try {
      await cleanups.pop()!();
    } catch (error) {
      process.stderr.write(`cleanup failed: ${(error as Error).message}\n`);
    }
  }
}

let installed = false;
/** Signals run every cleanup before the process ends. */
export function installCleanupHandlers(): void {
  if (installed) return;
  installed = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      process.stderr.write(`\n${signal}: cleaning up…\n`);
      void cleanupAll().finally(() => process.exit(130));
    });
  }
}

// ------------------------------------------------------------------ /proc

/** Resident memory of one process in bytes (0 if it is gone). */
function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(status);
    return kb ? Number(kb[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Parent pid of every process, from /proc/<pid>/stat (the field after the parenthesised name). */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(entry), Number(after[1]));
    } catch {
      // exited meanwhile
    }
  }
  return map;
}

/** The pid and all its descendants. */
export function processTree(root: number): number[] {
  const byParent = new Map<number, number[]>();
  for (const [pid, ppid] of parents()) byParent.set(ppid, [...(byParent.get(ppid) ?? []), pid]);
  const out: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    out.push(pid);
    stack.push(...(byParent.get(pid) ?? []));
  }
  return out;
}

/** Sum of the resident memory of a process and its descendants, in bytes. */
export function treeRss(root: number): number {
  return processTree(root).reduce((sum, pid) => sum + rssOf(pid), 0);
}

// ------------------------------------------------------------------ commands

export type Measured = {
  command: string;
  code: number | null;
  ms: number;
  /** Highest sum of RSS over the process tree, sampled every `sampleMs`. */
  peakRss: number;
  output: string;
  /** The last lines of the output, to say why a step failed. */
  tail: string;
};

export type RunOptions = {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  sampleMs?: number;
  /** Called with each chunk of output (e.g. for a progress line). */
  onOutput?: (text: string) => void;
  /** Kill the step after this long. */
  timeoutMs?: number;
};

export const lastLines = (text: string, n = 25) =>
  text
    .replace(/\x1b\[[0-9;]*m/g, '')
    .trimEnd()
    .split('\n')
    .slice(-n)
    .join('\n');

/** Runs a command in its own process group, timing it and sampling its tree's memory. */
export function runMeasured(cmd: string, args: string[], options: RunOptions): Promise<Measured> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(cmd, args, {
      cwd: options.cwd,
      env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const stop = onCleanup(() => killGroup(child));
    let output = '';
    let peakRss = 0;
    const sample = () => {
      if (child.pid) peakRss = Math.max(peakRss, treeRss(child.pid));
    };
    const timer = setInterval(sample, options.sampleMs ?? 500);
    const timeout = options.timeoutMs
      ? setTimeout(() => {
          output += `\n[bench] killed after ${Math.round(options.timeoutMs! / 1000)} s\n`;
          killGroup(child);
        }, options.timeoutMs)
      : null;
    const onData = (d: Buffer) => {
      const text = d.toString();
      output += text;
      options.onOutput?.(text);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('error', (error) => (output += `\n${error.message}\n`));
    child.on('close', (code) => {
      clearInterval(timer);
      if (timeout) clearTimeout(timeout);
      void stop();
      resolve({
        command: [cmd, ...args].join(' '),
        code,
        ms: performance.now() - started,
        peakRss,
        output,
        tail: lastLines(output),
      });
    });
    sample();
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

// ------------------------------------------------------------------ servers

export type NextServer = {
  baseURL: string;
  pid: number;
  /** RSS of next start and its children, bytes. */
  rss: () => number;
  stop: () => Promise<void>;
  output: () => string;
};

/**
 * A build served as `npm start` serves it (our server, lib/serve/server.mjs,
 * in front of Next's standalone server) unless `front: false`, which is
 * `next start` alone, the baseline it is measured against.
 */
export async function startNext(cwd: string, options: { port?: number; front?: boolean; env?: Record<string, string> } = {}): Promise<NextServer> {
  const p = options.port ?? (await freePort());
  const front = options.front ?? true;
  const serverDir = front ? standaloneServerDir(cwd) : null;
  if (front && !serverDir) throw new Error(`no standalone build in ${cwd}/.next/standalone`);
  const args = serverDir ? [join(serverDir, SERVE_ENTRY)] : ['node_modules/next/dist/bin/next', 'start', '-p', String(p), '-H', '127.0.0.1'];
  const child = spawn('node', args, {
    cwd,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(p),
      HOSTNAME: '127.0.0.1',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const stop = onCleanup(async () => {
    killGroup(child);
    await new Promise((r) => setTimeout(r, 300));
    killGroup(child, 'SIGKILL');
  });
  const baseURL = `http://127.0.0.1:${p}`;
  try {
    await waitForServer(baseURL);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${lastLines(output)}`);
  }
  return { baseURL, pid: child.pid!, rss: () => treeRss(child.pid!), stop, output: () => output };
}
