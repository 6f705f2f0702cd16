// @ts-check
import http from 'node:http';
import { cachePolicy } from '../http/cache-policy.mjs';
import { isPerQueryPage, PER_QUERY_MAX_BYTES, perQueryBody } from './per-query.mjs';
import { finalHeaders, securityHeaderMap, withVary } from './response-policy.mjs';

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
 * @param {{ port: number, timeoutMs: number, stale: (path: string) => Handler | null, log?: (line: string) => void, live?: () => import('./response-policy.mjs').LiveNow }} options
 * @returns {(req: Req, res: Res) => void}
 */
export function upstream({ port, timeoutMs, stale, log = (line) => console.error(line), live }) {
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
    // Search is asked of Next uncompressed, to take its runtime out (./per-query.mjs).
    const reqPath = (req.url ?? '/').split('?')[0] ?? '/';
    if ((req.method === 'GET' || req.method === 'HEAD') && isPerQueryPage(reqPath)) headers['accept-encoding'] = 'identity';
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
        return fallback(req, res, () => pipe(req, res, answer, status, path, live?.()));
      }
      pipe(req, res, answer, status, path, live?.());
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
 * @param {import('./response-policy.mjs').LiveNow} [live]
 */
function pipe(req, res, answer, status, path, live) {
  if (res.headersSent) return void answer.resume();
  /** @type {Record<string, string | string[] | undefined>} */
  const headers = {};
  for (const [name, value] of Object.entries(answer.headers)) if (!HOP_BY_HOP.has(name)) headers[name] = value;
  if (isPerQueryPage(path) && /^text\/html\b/i.test(String(headers['content-type'] ?? '')) && !headers['content-encoding']) return perQuery(req, res, answer, status, path, headers, live);
  res.writeHead(status, finalHeaders(status, path, headers, live));
  answer.on('error', () => res.destroy());
  answer.pipe(res);
}

/**
 * A per-query page (search): held, stripped of Next's runtime and
 * compressed once (./per-query.mjs); past PER_QUERY_MAX_BYTES, streamed as
 * it comes.
 * @param {Req} req @param {Res} res @param {Req} answer @param {number} status @param {string} path
 * @param {Record<string, string | string[] | undefined>} headers
 * @param {import('./response-policy.mjs').LiveNow} [live]
 */
function perQuery(req, res, answer, status, path, headers, live) {
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  let streaming = false;
  answer.on('error', () => res.destroy());
  answer.on('data', (chunk) => {
    if (streaming) return;
    chunks.push(chunk);
    size += chunk.length;
    if (size <= PER_QUERY_MAX_BYTES) return;
    streaming = true;
    res.writeHead(status, finalHeaders(status, path, headers, live));
    for (const c of chunks) res.write(c);
    answer.pipe(res);
  });
  answer.on('end', () => {
    if (streaming) return;
    const accept = req.headers['accept-encoding'];
    const { body, coding } = perQueryBody(Buffer.concat(chunks), Array.isArray(accept) ? accept.join(',') : accept);
    const out = finalHeaders(status, path, { ...headers, 'content-length': String(body.length), vary: withVary(String(headers.vary ?? ''), ['Accept-Encoding']) }, live);
    if (coding !== 'identity') out['content-encoding'] = coding;
    res.writeHead(status, out);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
}
