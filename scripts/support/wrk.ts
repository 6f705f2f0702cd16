import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';

export const WRK_PATH = process.env.WRK_PATH ?? '/usr/bin/wrk';

export type WrkResult = {
  requests: number;
  requestsPerSecond: number;
  /** Latency percentiles, in milliseconds (wrk --latency). */
  p50Ms: number;
  p99Ms: number;
  socketErrors: { connect: number; read: number; write: number; timeout: number };
  non2xx3xx: number;
  raw: string;
};

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

function durationMs(text: string): number {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
  if (!m) throw new Error(`wrk: cannot read the duration "${text}"`);
  return Number(m[1]) * UNIT_MS[m[2]!]!;
}

/**
 * Reads wrk's summary (run with --latency). Its "Socket errors" and "Non-2xx or 3xx responses"
 * lines appear only when there were any; absent means zero.
 */
export function parseWrk(output: string): WrkResult {
  const requests = /(\d+) requests in /.exec(output);
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(output);
  const p50 = /^\s+50%\s+(\S+)/m.exec(output);
  const p99 = /^\s+99%\s+(\S+)/m.exec(output);
  if (!requests || !rps || !p50 || !p99) throw new Error(`not wrk output:\n${output}`);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const non = /Non-2xx or 3xx responses: (\d+)/.exec(output);
  return {
    requests: Number(requests[1]),
    requestsPerSecond: Number(rps[1]),
    p50Ms: durationMs(p50[1]!),
    p99Ms: durationMs(p99[1]!),
    socketErrors: {
      connect: Number(socket?.[1] ?? 0),
      read: Number(socket?.[2] ?? 0),
      write: Number(socket?.[3] ?? 0),
      timeout: Number(socket?.[4] ?? 0),
    },
    non2xx3xx: Number(non?.[1] ?? 0),
    raw: output,
  };
}

export type WrkOptions = {
  seconds: number;
  connections: number;
  threads?: number;
  timeoutSeconds?: number;
  headers?: Record<string, string>;
  /** A Lua script for wrk's -s: requests that differ, say. */
  script?: string;
};

/** Runs Debian's wrk against a loopback URL; fails clearly when wrk is missing. */
export function runWrk(url: string, options: WrkOptions): Promise<WrkResult> {
  if (!existsSync(WRK_PATH)) {
    return Promise.reject(new Error(`wrk is not installed (no ${WRK_PATH}). Install Debian's: apt-get update && apt-get install -y wrk`));
  }
  const host = new URL(url).hostname;
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') {
    return Promise.reject(new Error(`runWrk: loopback only, not ${host}`));
  }
  const args = [
    '--latency',
    `-t${options.threads ?? 2}`,
    `-c${options.connections}`,
    `-d${options.seconds}s`,
    `--timeout`,
    `${options.timeoutSeconds ?? 5}s`,
    ...Object.entries(options.headers ?? {}).flatMap(([k, v]) => ['-H', `${k}: ${v}`]),
    ...(options.script ? ['-s', options.script] : []),
    url,
  ];
  return new Promise((ok, fail) => {
    execFile(WRK_PATH, args, { timeout: (options.seconds + 30) * 1000 }, (error, stdout, stderr) => {
      if (error) return fail(new Error(`wrk failed: ${error.message}\n${stdout}\n${stderr}`));
      try {
        ok(parseWrk(stdout));
      } catch (e) {
        fail(e);
      }
    });
  });
}
