// @ts-check
import http from 'node:http';
import { cachePolicy } from '../http/cache-policy.mjs';
import { finalHeaders, securityHeaderMap } from './response-policy.mjs';

/**
 * Next behind our server (./server.mjs), over loopback: each request is
 * passed on as it came and the answer streamed back as it arrives, never
 * held. What the old front lacked (issue 20):
 * - a timeout: a render that sends no headers within `timeoutMs` gets a 504
 *   (or the page's out-of-date file), and its socket is closed; no other
 *   request waits on it, since nothing here queues one request behind another;
 * - stale-on-error: a 5xx, a refused connection or a timeout on a page whose
 *   file exists (./files.mjs `stale`) sends that file instead;
 * - Next's keep-alive: idle sockets are dropped before Next's own timeout
 *   (it is given a longer one), and a GET or HEAD whose reused socket Node
 *   finds closed is sent once more on a fresh one (Node's documented way,
 *   `request.reusedSocket`), where the old front (issue 20) answered 502.
 */

/** Hop-by-hop headers (RFC 9110, 7.6.1): about one connection, never passed on. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

/** Next is started with this keep-alive timeout (ms); our idle sockets close well before it. */
export const NEXT_KEEP_ALIVE_MS = 65_000;
const IDLE_MS = 30_000;

/** @typedef {import('node:http').IncomingMessage} Req @typedef {import('node:http').ServerResponse} Res */
/** @typedef {(req: Req, res: Res, next: () => void) => void} Handler */

/**
 * @param {{ port: number, timeoutMs: number, stale: (path: string) => Handler | null, log?: (line: string) => void }} options
 * @returns {(req: Req, res: Res) => void}
 */
export function upstream({ port, timeoutMs, stale, log = (line) => console.error(line) }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256, maxFreeSockets: 64, timeout: IDLE_MS });

  /** @param {Req} req @param {Res} res @param {number} status @param {string} why */
  function fail(req, res, status, why) {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    log(`[serve] ${req.method} ${req.url}: ${why}`);
    if (res.headersSent) return void res.destroy();
    const fallback = req.method === 'GET' || req.method === 'HEAD' ? stale(path) : null;
    const plain = () => {
      if (res.headersSent) return void res.destroy();
      res.writeHead(status, { ...securityHeaderMap(), 'content-type': 'text/plain; charset=utf-8', 'cache-control': cachePolicy.refused.cacheControl });
      res.end(req.method === 'HEAD' ? undefined : status === 504 ? 'Gateway Timeout: the page took too long to render\n' : 'Bad Gateway\n');
    };
    if (fallback) fallback(req, res, plain);
    else plain();
  }

  /** @param {Req} req @param {Res} res @param {boolean} retried */
  function forward(req, res, retried) {
    const headers = /** @type {http.OutgoingHttpHeaders} */ ({});
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
    headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
    const replayable = req.method === 'GET' || req.method === 'HEAD';
    let settled = false;
    const up = http.request({ host: '127.0.0.1', port, method: req.method, path: req.url, headers, agent });
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      up.destroy();
      fail(req, res, 504, `no answer from Next within ${timeoutMs} ms`);
    }, timeoutMs);
    timer.unref();
    res.on('close', () => {
      clearTimeout(timer);
      // The reader left: stop what is still coming for it.
      if (!res.writableFinished) up.destroy();
    });
    up.on('response', (answer) => {
      clearTimeout(timer);
      if (settled) return void answer.resume();
      settled = true;
      const status = answer.statusCode ?? 502;
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const fallback = status >= 500 && replayable ? stale(path) : null;
      if (fallback) {
        answer.resume();
        log(`[serve] ${req.method} ${req.url}: Next answered ${status}; sent the page's last file`);
        return fallback(req, res, () => pipe(req, res, answer, status, path));
      }
      pipe(req, res, answer, status, path);
    });
    up.on('error', (error) => {
      clearTimeout(timer);
      if (settled) return;
      settled = true;
      const code = /** @type {NodeJS.ErrnoException} */ (error).code;
      if (replayable && !retried && up.reusedSocket && (code === 'ECONNRESET' || code === 'EPIPE')) return forward(req, res, true);
      fail(req, res, 502, `${code ?? ''} ${error.message}`);
    });
    if (replayable) up.end();
    else req.pipe(up);
  }

  return (req, res) => forward(req, res, false);
}

/**
 * @param {Req} req @param {Res} res @param {Req} answer Next's response @param {number} status @param {string} path
 */
function pipe(req, res, answer, status, path) {
  if (res.headersSent) return void answer.resume();
  /** @type {Record<string, string | string[] | undefined>} */
  const headers = {};
  for (const [name, value] of Object.entries(answer.headers)) if (!HOP_BY_HOP.has(name)) headers[name] = value;
  res.writeHead(status, finalHeaders(status, path, headers));
  answer.on('error', () => res.destroy());
  answer.pipe(res);
}
