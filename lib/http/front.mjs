// @ts-check
import http from 'node:http';
import { compressBoth, compressTo, isCompressible, negotiate } from './encoding.mjs';
import { guard } from './method-guard.mjs';
import { withoutClientRuntime } from './page-runtime.mjs';
import { now as clockNow } from '../clock/clock.mjs';
import { nextInstant, readSchedule, validUntil } from '../clock/schedule.mjs';
import { ResponseCache, capFreshness, isSaveData, isSharedRequest, stateAt, storableFor } from './response-cache.mjs';
import { NOT_FORWARDED, PER_TRANSFER, cacheBytesFrom, capFrom, etagOf, matchesEtag } from './front-rules.mjs';

export { cacheBytesFrom, capFrom, matchesEtag } from './front-rules.mjs';

/**
 * The server in front of Next, in Next's own process (loaded by
 * ./front-preload.mjs): what a CDN edge does for a site, so that a single
 * `npm start` serves pages as a static server would.
 *
 * 1. Refuses what Next would answer with a 500 (./method-guard.mjs).
 * 2. Answers a GET or HEAD that any reader could have made from its shared
 *    cache (./response-cache.mjs), under the site's own Cache-Control.
 * 3. Otherwise asks Next, over loopback, for the uncompressed response;
 *    takes Next's client runtime out of HTML (./page-runtime.mjs);
 *    compresses it, quickly, in the coding the reader accepts
 *    (./encoding.mjs), and stores it if its Cache-Control allows. A stored
 *    response that is read again is compressed once more, at Brotli's and
 *    gzip's best, off the event loop, and every later reader gets those
 *    bytes. A response read once (a search nobody repeats) costs one quick
 *    compression, as Next's own would.
 * 4. Passes anything else (the client router's requests, other methods)
 *    straight to Next, untouched.
 *
 * Measured before (issue 13, `npm run bench`): Next answered a prerendered
 * briefing at ~600 req/s on 2 cores, a hundredth of what a static server
 * does with the same bytes, most of it routing and gzip per response.
 */

/**
 * @typedef {import('./response-cache.mjs').Entry} Entry
 * @typedef {(req: http.IncomingMessage, res: http.ServerResponse) => void} Listener
 * @typedef {{ status: number, headers: http.IncomingHttpHeaders, body: Buffer }} Upstream
 */

/**
 * Pure: the answer Next gave, made ready to send: runtime out of HTML,
 * validator and Vary set, compressed to the codings it will be sent in.
 * @param {Upstream} upstream
 * @param {{ fresh: number, stale: number } | null} lifetime null: sent once, not stored
 * @param {import('./encoding.mjs').Coding} coding for a response sent once
 * @param {number} now
 * @returns {Promise<Entry>}
 */
async function prepare(upstream, lifetime, coding, now) {
  /** @type {Record<string, string | string[]>} */
  const headers = {};
  for (const [name, value] of Object.entries(upstream.headers)) if (value !== undefined && !PER_TRANSFER.has(name)) headers[name] = value;
  let body = upstream.body;
  const type = String(headers['content-type'] ?? '');
  if (type.startsWith('text/html')) {
    const stripped = withoutClientRuntime(body.toString('utf8'));
    if (stripped !== null) body = Buffer.from(stripped, 'utf8');
  }
  /** @type {Entry['bodies']} */
  const bodies = { identity: body };
  const compressible = isCompressible(type, body.length);
  if (compressible) {
    headers.etag = etagOf(body);
    let vary = String(headers.vary ?? '');
    // A page is full or lite by Save-Data at the same URL (lib/routing/lite.ts).
    // Next sets its own Vary on pages, over next.config.mjs's, so it is added here.
    if (type.startsWith('text/html') && !/\bsave-data\b/i.test(vary)) vary = vary ? `${vary}, Save-Data` : 'Save-Data';
    if (!/\baccept-encoding\b/i.test(vary)) vary = vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding';
    headers.vary = vary;
    if (coding !== 'identity') bodies[coding] = await compressTo(coding, body, 'each');
  }
  /** @type {Entry} */
  const entry = { status: upstream.status, headers, bodies, storedAt: now, fresh: lifetime?.fresh ?? 0, stale: lifetime?.stale ?? 0, size: 0, compressible, best: false };
  entry.size = sizeOf(entry);
  return entry;
}

/** @param {Entry} entry */
const sizeOf = (entry) => Object.values(entry.bodies).reduce((n, b) => n + b.length, 0) + JSON.stringify(entry.headers).length;

/**
 * @param {Listener} listener Next's request handler
 * @param {{ createServer?: typeof http.createServer, cacheBytes?: number, now?: () => number, schedule?: () => import('../clock/schedule.mjs').Schedule | null }} [options]
 * @returns {Listener}
 */
export function front(listener, options = {}) {
  const cache = new ResponseCache(options.cacheBytes ?? cacheBytesFrom(process.env));
  const now = options.now ?? clockNow;
  // The build's publication schedule, read on the first request (Next's
  // standalone server has moved into its own folder by then).
  const schedule = options.schedule ?? (() => readSchedule());
  const ask = upstreamOf(listener, options.createServer ?? http.createServer);
  /** @type {Map<string, Promise<{ entry: Entry, stored: boolean }>>} */
  const inflight = new Map();

  /**
   * Asks Next once for everyone waiting on the same URL; stores the answer if it may.
   * @param {string} key @param {http.IncomingHttpHeaders} headers @param {import('./encoding.mjs').Coding} coding
   */
  function fill(key, headers, coding) {
    const pending = inflight.get(key);
    if (pending) return pending.then((r) => (r.stored ? r : fetchAndStore(key, headers, coding, false)));
    return fetchAndStore(key, headers, coding, true);
  }

  /** @param {string} key @param {http.IncomingHttpHeaders} headers @param {import('./encoding.mjs').Coding} coding @param {boolean} share */
  function fetchAndStore(key, headers, coding, share) {
    const job = (async () => {
      const upstream = await ask(key, headers);
      // Too big to keep (with its two compressed copies): sent once, compressed quickly.
      const lifetime = cache.fits(upstream.body.length * 2) ? storableFor(upstream.status, upstream.headers) : null;
      const entry = await prepare(upstream, lifetime, coding, now());
      // Kept no later than the next publication instant (lib/clock/schedule.mjs).
      entry.until = validUntil(entry.storedAt, schedule());
      entry.capAt = nextInstant(entry.storedAt, schedule());
      entry.capFrom = capFrom(entry, entry.capAt);
      if (lifetime) cache.set(key, entry);
      else cache.delete(key);
      return { entry, stored: lifetime !== null };
    })();
    if (share) {
      inflight.set(key, job);
      job.finally(() => inflight.delete(key)).catch(() => {});
    }
    return job;
  }

  /**
   * Read again: worth Brotli's and gzip's best, once, in the background.
   * @param {string} key @param {Entry} entry
   */
  function compressBest(key, entry) {
    entry.best = true;
    compressBoth(/** @type {Buffer} */ (entry.bodies.identity), 'once')
      .then((both) => {
        Object.assign(entry.bodies, both);
        resized(key, entry);
      })
      .catch(() => {});
  }

  /**
   * The entry holds a body in this coding (a reader's first ask for it).
   * @param {string} key @param {Entry} entry @param {import('./encoding.mjs').Coding} coding
   */
  async function inCoding(key, entry, coding) {
    if (!entry.compressible || coding === 'identity' || entry.bodies[coding]) return;
    entry.bodies[coding] = await compressTo(coding, /** @type {Buffer} */ (entry.bodies.identity), 'each');
    resized(key, entry);
  }

  /** An entry's bodies changed: count its bytes again, if it is still the one stored. @param {string} key @param {Entry} entry */
  function resized(key, entry) {
    entry.size = sizeOf(entry);
    if (cache.peek(key) === entry) cache.set(key, entry);
  }

  /** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
  async function answer(req, res) {
    const key = /** @type {string} */ (req.url);
    const coding = negotiate(header(req.headers['accept-encoding']));
    // Lite at an ordinary URL: Next's answer, made ready like any other
    // (runtime out, Vary), but never read from nor written to the cache.
    if (isSaveData(req.headers)) return send(req, res, await prepare(await ask(key, req.headers), null, coding, now()), coding, 'PASS', now());
    const cached = cache.get(key);
    const state = cached ? stateAt(cached, now()) : 'expired';
    if (cached && state !== 'expired') {
      if (state === 'stale' && !inflight.has(key)) fill(key, { ...req.headers }, coding).catch(() => {});
      if (cached.compressible && !cached.best) compressBest(key, cached);
      await inCoding(key, cached, coding);
      return send(req, res, cached, coding, state === 'fresh' ? 'HIT' : 'STALE', now());
    }
    const { entry, stored } = await fill(key, req.headers, coding);
    // Readers who arrived together share the first one's answer, in their own coding.
    if (stored) await inCoding(key, entry, coding);
    send(req, res, entry, coding, stored ? 'MISS' : 'PASS', now());
  }

  return guard((req, res) => {
    if (!isSharedRequest(req.method, req.url, req.headers)) return listener(req, res);
    answer(req, res).catch((error) => {
      console.error(`[front] ${req.method} ${req.url}: ${error?.message ?? error}`);
      if (res.headersSent) return res.destroy();
      res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end('Bad Gateway\n');
    });
  });
}

/** @param {string | string[] | undefined} value */
const header = (value) => (Array.isArray(value) ? value.join(', ') : value);

/**
 * Writes an entry in the coding the reader accepts, or 304 when its
 * validator still matches.
 * @param {http.IncomingMessage} req @param {http.ServerResponse} res @param {Entry} entry
 * @param {import('./encoding.mjs').Coding} coding @param {string} how @param {number} now
 */
function send(req, res, entry, coding, how, now) {
  const body = entry.bodies[coding] ?? entry.bodies.identity ?? Buffer.alloc(0);
  const sent = entry.bodies[coding] ? coding : 'identity';
  /** @type {Record<string, string | string[] | number>} */
  const headers = { ...entry.headers, 'x-mawjaz-cache': how };
  const age = Math.max(0, Math.floor((now - entry.storedAt) / 1000));
  if (how === 'HIT' || how === 'STALE') headers.age = age;
  // Caches further out keep it no longer than the front does (the next
  // publication instant), once that is nearer than the longest age it allows.
  if (entry.capFrom !== undefined && now >= entry.capFrom) {
    headers['cache-control'] = capFreshness(String(entry.headers['cache-control']), how === 'HIT' || how === 'STALE' ? age : 0, (/** @type {number} */ (entry.capAt) - now) / 1000);
  }
  if (entry.status === 200 && matchesEtag(header(req.headers['if-none-match']), header(entry.headers.etag))) {
    delete headers['content-type'];
    res.writeHead(304, headers);
    return res.end();
  }
  if (sent !== 'identity') headers['content-encoding'] = sent;
  headers['content-length'] = body.length;
  res.writeHead(entry.status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Next's handler behind a server of its own on loopback, and a function
 * that asks it for a URL's whole, uncompressed response. Going through a
 * real socket keeps Next's handling exactly as it is for any client.
 * @param {Listener} listener
 * @param {typeof http.createServer} createServer
 * @returns {(url: string, headers: http.IncomingHttpHeaders) => Promise<Upstream>}
 */
function upstreamOf(listener, createServer) {
  /** @type {Promise<number> | undefined} */
  let port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const listen = () =>
    (port ??= new Promise((resolve, reject) => {
      const server = createServer(listener);
      server.on('error', reject);
      server.listen(0, '127.0.0.1', () => resolve(/** @type {import('node:net').AddressInfo} */ (server.address()).port));
      server.unref();
    }));
  return async (url, headers) => {
    /** @type {http.OutgoingHttpHeaders} */
    const forwarded = { 'accept-encoding': 'identity' };
    for (const [name, value] of Object.entries(headers)) if (value !== undefined && !NOT_FORWARDED.has(name)) forwarded[name] = value;
    const p = await listen();
    return new Promise((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: p, path: url, method: 'GET', headers: forwarded, agent }, (res) => {
        /** @type {Buffer[]} */
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });
  };
}
