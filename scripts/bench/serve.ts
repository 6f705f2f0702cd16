import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request as httpRequest, createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Requests per second and latency of a URL under load, with Debian's wrk
 * (`apt-get install wrk`), asking for gzip as browsers do. The baseline in
 * the same run: a minimal node:http server sending the very same gzip bytes
 * with the same headers, so the ratio says what Next costs over just writing
 * bytes to a socket on this machine, whatever else is running on it.
 */

export const WRK = process.env.WRK_PATH ?? '/usr/bin/wrk';

export type WrkResult = { rps: number; p50Ms: number; p99Ms: number; requests: number; non2xx: number; socketErrors: number };

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

function durationMs(text: string): number {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
  if (!m) throw new Error(`wrk: cannot read the duration "${text}"`);
  return Number(m[1]) * UNIT_MS[m[2]!]!;
}

/** Pure: the figures of `wrk --latency` output. Throws when the output is not wrk's. */
export function parseWrk(output: string): WrkResult {
  const rps = /^Requests\/sec:\s+([\d.]+)/m.exec(output);
  const p50 = /^\s+50%\s+(\S+)/m.exec(output);
  const p99 = /^\s+99%\s+(\S+)/m.exec(output);
  const total = /^\s*(\d+) requests in /m.exec(output);
  if (!rps || !p50 || !p99 || !total) throw new Error(`wrk output not understood:\n${output}`);
  const non2xx = /Non-2xx or 3xx responses:\s+(\d+)/.exec(output);
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  return {
    rps: Number(rps[1]),
    p50Ms: durationMs(p50[1]!),
    p99Ms: durationMs(p99[1]!),
    requests: Number(total[1]),
    non2xx: non2xx ? Number(non2xx[1]) : 0,
    socketErrors: errors ? errors.slice(1).reduce((s, n) => s + Number(n), 0) : 0,
  };
}

export type WrkOptions = { seconds: number; connections: number; threads: number };

export function runWrk(url: string, o: WrkOptions): Promise<WrkResult> {
  if (!existsSync(WRK)) {
    return Promise.reject(new Error(`wrk not found at ${WRK}: apt-get install wrk (or set WRK_PATH)`));
  }
  return new Promise((resolve, reject) => {
    const args = ['--latency', '-t', String(o.threads), '-c', String(o.connections), '-d', `${o.seconds}s`, '-H', 'Accept-Encoding: gzip', url];
    const child = spawn(WRK, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`wrk exited ${code}:\n${out}`));
      try {
        resolve(parseWrk(out));
      } catch (error) {
        reject(error);
      }
    });
  });
}

export type RawResponse = { status: number; headers: Record<string, string>; body: Buffer };

/** One GET with gzip accepted, body left compressed (fetch would inflate it). */
export function fetchRaw(url: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') headers[k] = v;
        resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** The baseline: sends one response's bytes and headers for every request. */
export async function staticServer(response: RawResponse): Promise<{ url: string; close: () => Promise<void> }> {
  const keep = ['content-type', 'content-encoding', 'cache-control', 'vary', 'etag'];
  const headers = Object.fromEntries(Object.entries(response.headers).filter(([k]) => keep.includes(k)));
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { ...headers, 'content-length': response.body.length });
    res.end(response.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
