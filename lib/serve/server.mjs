// @ts-check
/**
 * `npm start` and the Docker image: our server in front of Next's
 * standalone server.js. Run from the standalone folder's copy,
 * `node .next/standalone/lib/serve/server.mjs` (postbuild puts it there).
 *
 *   reader → this server (PORT, HOSTNAME) ─┬→ the build's files, from disk (./files.mjs)
 *                                          └→ Next (server.js, a child process on loopback) (./upstream.mjs)
 *
 * Next's documented extension points only: server.js as it is built, started
 * with PORT and HOSTNAME, and the cache handler (lib/http/cache-handler.mjs),
 * which writes each page it stores for ./files.mjs to serve. Next runs in its
 * own process so that a slow render and a file being sent do not share an
 * event loop. The one thing kept in memory is the bytes of small files
 * already on disk, under a hard bound (./memory.mjs).
 *
 * Environment: PORT (3000), HOSTNAME (0.0.0.0), MAWJAZ_UPSTREAM_TIMEOUT_MS
 * (30000): how long Next may take to start answering; MAWJAZ_FILE_CACHE_MB
 * (32): the bound of the small files kept in memory (./memory.mjs);
 * MAWJAZ_NEXT_HEAP_MB (192): Next's V8 heap.
 */
import { spawn } from 'node:child_process';
import { createServer, STATUS_CODES } from 'node:http';
import { connect, createServer as createNetServer } from 'node:net';
import { join, resolve } from 'node:path';
import { now } from '../clock/clock.mjs';
import { readSchedule, validUntil } from '../clock/schedule.mjs';
import { readLiveTable } from '../http/header-rules.mjs';
import { guard } from '../http/method-guard.mjs';
import { RENDERED_DIR, siteFiles } from './files.mjs';
import { memoryBytesFrom } from './memory.mjs';
import { securityHeaderMap } from './response-policy.mjs';
import { NEXT_KEEP_ALIVE_MS, upstream } from './upstream.mjs';

const serverDir = resolve(import.meta.dirname, '..', '..');
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || '0.0.0.0';
const timeoutMs = Number(process.env.MAWJAZ_UPSTREAM_TIMEOUT_MS || 30_000);

/** @returns {Promise<number>} */
const freePort = () =>
  new Promise((ok, fail) => {
    const probe = createNetServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port: p } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => ok(p));
    });
  });

/** @param {number} p */
async function waitForPort(p) {
  for (let i = 0; i < 600; i++) {
    const up = await new Promise((ok) => {
      const socket = connect(p, '127.0.0.1', () => (socket.end(), ok(true)));
      socket.on('error', () => ok(false));
    });
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Next did not listen on 127.0.0.1:${p} within 60 s`);
}

const nextPort = await freePort();
// Next's heap, bounded: V8 otherwise lets it grow towards its default limit
// before collecting hard, and a soak of unique URLs took the process past
// 360 MB (npm run bench:soak).
const nextHeapMb = Number(process.env.MAWJAZ_NEXT_HEAP_MB || 192);
const next = spawn(process.execPath, [`--max-old-space-size=${nextHeapMb}`, join(serverDir, 'server.js')], {
  cwd: serverDir,
  env: {
    ...process.env,
    PORT: String(nextPort),
    HOSTNAME: '127.0.0.1',
    KEEP_ALIVE_TIMEOUT: String(NEXT_KEEP_ALIVE_MS),
    // Where the cache handler writes the pages Next renders, for ./files.mjs.
    MAWJAZ_RENDERED_DIR: join(serverDir, '.next', RENDERED_DIR),
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
next.on('exit', (code, signal) => {
  console.error(`[serve] Next exited (${signal ?? code}); stopping`);
  process.exit(code ?? 1);
});
for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT'])) {
  process.on(signal, () => {
    next.removeAllListeners('exit');
    next.kill(signal);
    process.exit(0);
  });
}

const schedule = readSchedule(serverDir);
// validUntil works out a midnight in the site's zone with Intl: remembered
// per storedAt (the build's time, each rendered page's), a bounded few.
/** @type {Map<number, number>} */
const until = new Map();
const outdated = (/** @type {number} */ storedAt, /** @type {number} */ at) => {
  // A page stored after "now" (the clock set back, another replica's clock
  // ahead of ours) says nothing about what is published now: Next decides.
  if (storedAt > at) return true;
  let u = until.get(storedAt);
  if (u === undefined) {
    if (until.size >= 4096) until.clear();
    until.set(storedAt, (u = validUntil(storedAt, schedule)));
  }
  return at >= u;
};
// The build's live briefings (issue 24): their 30 s policy ends at live.end,
// which Next's header rules, fixed at build, cannot do by themselves.
const liveTable = readLiveTable(serverDir);
const live = () => ({ table: liveTable, at: now() });
const files = siteFiles(join(serverDir, '.next'), { now, outdated, live }, { memoryBytes: memoryBytesFrom(process.env) });
const toNext = upstream({ port: nextPort, timeoutMs, stale: files.stale, live });
const server = createServer(
  guard((req, res) => {
    try {
      files.serve(req, res, () => toNext(req, res));
    } catch (error) {
      // A file we could not read is Next's to answer, never a crash.
      console.error(`[serve] ${req.method} ${req.url?.slice(0, 200)}: ${/** @type {Error} */ (error).message.slice(0, 200)}`);
      if (!res.headersSent) toNext(req, res);
      else res.destroy();
    }
  }),
);
server.keepAliveTimeout = 5_000;
// A request Node's parser refuses (an unknown method, a bad header, headers
// too large): its 4xx with the security headers, as nginx sends its own.
server.on('clientError', (error, socket) => {
  const code = /** @type {NodeJS.ErrnoException} */ (error).code;
  if (!socket.writable || code === 'ECONNRESET') return socket.destroy();
  const status = code === 'HPE_HEADER_OVERFLOW' ? 431 : code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const headers = { ...securityHeaderMap(), 'cache-control': 'no-store', 'content-length': '0', connection: 'close' };
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\r\n')}\r\n\r\n`,
  );
});

await waitForPort(nextPort);
server.listen(port, hostname, () => console.log(`[serve] http://${hostname}:${port} (files from disk, the rest from Next on 127.0.0.1:${nextPort})`));
