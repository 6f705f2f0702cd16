import { readFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { cachePolicy } from './cache-policy.mjs';
import { scheduleOf } from '../clock/schedule.mjs';
import { cacheBytesFrom, capFrom, front, matchesEtag } from './front.mjs';

/** A briefing page as Next 16.4.6 prerendered it. */
const page = readFileSync('tests/fixtures/next/briefing.html');

type Seen = { method: string; url: string; headers: IncomingMessage['headers'] };
type Route = (req: IncomingMessage, res: ServerResponse) => void;

/** Stands in for Next: answers by path, and records what reached it. */
function fakeNext(routes: Record<string, Route>) {
  const seen: Seen[] = [];
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    seen.push({ method: req.method!, url: req.url!, headers: req.headers });
    const route = routes[req.url!.split('?')[0]!];
    if (route) return route(req, res);
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  };
  return { seen, listener };
}

const html = (cacheControl: string, body: Buffer = page, extra: Record<string, string> = {}): Route => (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': cacheControl, etag: '"next"', 'x-nextjs-cache': 'HIT', ...extra });
  res.end(body);
};

let servers: { close: () => void }[] = [];
afterEach(() => {
  for (const s of servers) s.close();
  servers = [];
});

async function serve(routes: Record<string, Route>, options: Parameters<typeof front>[1] = {}) {
  const next = fakeNext(routes);
  const server = createServer(front(next.listener, { cacheBytes: 8 * 1024 * 1024, schedule: () => null, ...options }));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  servers.push({ close: () => (server.closeAllConnections(), server.close()) });
  const { port } = server.address() as AddressInfo;
  const ask = (path: string, headers: Record<string, string> = {}, method = 'GET', body?: string) =>
    new Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end(body);
    });
  return { ask, seen: next.seen };
}

const decode = (r: { headers: IncomingMessage['headers']; body: Buffer }) =>
  (r.headers['content-encoding'] === 'br' ? brotliDecompressSync(r.body) : r.headers['content-encoding'] === 'gzip' ? gunzipSync(r.body) : r.body).toString('utf8');

describe('front: a page everyone may share', () => {
  it('asks Next once, uncompressed, then answers from its cache', async () => {
    const { ask, seen } = await serve({ '/en/briefings/x': html(cachePolicy.page.cacheControl) });
    const first = await ask('/en/briefings/x', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    const second = await ask('/en/briefings/x', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(first.headers['x-mawjaz-cache']).toBe('MISS');
    expect(second.headers['x-mawjaz-cache']).toBe('HIT');
    expect(second.headers.age).toBe('0');
    expect(seen).toHaveLength(1);
    expect(seen[0]!.headers['accept-encoding']).toBe('identity');
    expect(decode(second)).toBe(decode(first));
    // Next's own headers travel with the page.
    expect(second.headers['cache-control']).toBe(cachePolicy.page.cacheControl);
    expect(second.headers['x-nextjs-cache']).toBe('HIT');
  });

  it('takes Next’s client runtime out of the HTML', async () => {
    const { ask } = await serve({ '/en': html(cachePolicy.page.cacheControl) });
    const body = decode(await ask('/en', { 'accept-encoding': 'br' }));
    expect(page.toString()).toContain('/_next/static/chunks/');
    expect(body).not.toMatch(/<script[^>]*src=/);
    expect(body).not.toContain('__next_f');
    expect(body).toContain('application/ld+json');
  });

  it('sends Brotli, gzip or none as the reader accepts, each with its length', async () => {
    const { ask, seen } = await serve({ '/en': html(cachePolicy.page.cacheControl) });
    const br = await ask('/en', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    const gzip = await ask('/en', { 'accept-encoding': 'gzip' });
    const none = await ask('/en');
    expect([br, gzip, none].map((r) => r.headers['content-encoding'])).toEqual(['br', 'gzip', undefined]);
    for (const r of [br, gzip, none]) expect(Number(r.headers['content-length'])).toBe(r.body.length);
    expect(br.body.length).toBeLessThan(gzip.body.length);
    expect(new Set([br, gzip, none].map(decode)).size).toBe(1);
    expect(br.headers.vary).toMatch(/Accept-Encoding/);
    expect(seen).toHaveLength(1);
  });

  it('compresses quickly for the first reader, and at the best setting once a page is read again', async () => {
    const { ask } = await serve({ '/en': html(cachePolicy.page.cacheControl) });
    const br = { 'accept-encoding': 'br' };
    const first = await ask('/en', br);
    await ask('/en', br); // read again: recompressed in the background
    await new Promise((r) => setTimeout(r, 200));
    const later = await ask('/en', br);
    expect(decode(later)).toBe(decode(first));
    expect(later.body.length).toBeLessThan(first.body.length);
    expect(later.headers.etag).toBe(first.headers.etag);
  });

  it('gives readers who arrive together the answer in each one’s coding', async () => {
    const { ask, seen } = await serve({ '/en': (req, res) => setTimeout(() => html(cachePolicy.page.cacheControl)(req, res), 50) });
    const [br, gzip, none] = await Promise.all([ask('/en', { 'accept-encoding': 'br' }), ask('/en', { 'accept-encoding': 'gzip' }), ask('/en')]);
    expect([br, gzip, none].map((r) => r.headers['content-encoding'])).toEqual(['br', 'gzip', undefined]);
    expect(new Set([br, gzip, none].map(decode)).size).toBe(1);
    expect(seen).toHaveLength(1);
  });

  it('answers HEAD with the headers alone, and If-None-Match with 304', async () => {
    const { ask, seen } = await serve({ '/en': html(cachePolicy.page.cacheControl) });
    const get = await ask('/en', { 'accept-encoding': 'br' });
    const head = await ask('/en', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(get.headers['content-length']);
    const etag = get.headers.etag!;
    expect(etag).toMatch(/^W\/"/);
    expect(etag).not.toBe('"next"'); // Next's was of the page with its runtime
    const revalidated = await ask('/en', { 'if-none-match': etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    expect((await ask('/en', { 'if-none-match': 'W/"other"' })).status).toBe(200);
    expect(seen).toHaveLength(1);
  });

  it('serves a stale page while it asks Next again, then the fresh one', async () => {
    let clock = 1_000_000;
    let version = 1;
    const { ask, seen } = await serve(
      { '/en': (req, res) => html(cachePolicy.page.cacheControl, Buffer.from(`<!DOCTYPE html><p>version ${version}</p>${'.'.repeat(300)}`))(req, res) },
      { now: () => clock },
    );
    expect(decode(await ask('/en'))).toContain('version 1');
    version = 2;
    clock += 301_000; // past s-maxage=300, within stale-while-revalidate
    const stale = await ask('/en');
    expect(stale.headers['x-mawjaz-cache']).toBe('STALE');
    expect(stale.headers.age).toBe('301');
    expect(decode(stale)).toContain('version 1');
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toHaveLength(2);
    expect(decode(await ask('/en'))).toContain('version 2');
    clock += 100 * 86_400_000; // past stale-while-revalidate: asks before answering
    version = 3;
    const expired = await ask('/en');
    expect(expired.headers['x-mawjaz-cache']).toBe('MISS');
    expect(decode(expired)).toContain('version 3');
  });

  it('asks Next again at a scheduled briefing\'s instant, inside s-maxage, and keeps the new copy', async () => {
    const instant = Date.parse('2026-12-08T15:00:00+03:00');
    let clock = instant - 60_000; // 14:59 in Riyadh
    let version = 1;
    const { ask, seen } = await serve(
      { '/en': (req, res) => html(cachePolicy.page.cacheControl, Buffer.from(`<!DOCTYPE html><p>version ${version}</p>${'.'.repeat(300)}`))(req, res) },
      { now: () => clock, schedule: () => scheduleOf([instant], 'Asia/Riyadh', instant - 3_600_000) },
    );
    expect(decode(await ask('/en'))).toContain('version 1');
    version = 2; // what Next renders once the briefing is out
    clock = instant - 1;
    const before = await ask('/en');
    expect(before.headers['x-mawjaz-cache']).toBe('HIT');
    expect(decode(before)).toContain('version 1');
    // A CDN or nginx further out may keep it until the instant (its age, 59 s, plus 0 s left), not s-maxage=300 past it.
    expect(before.headers.age).toBe('59');
    expect(before.headers['cache-control']).toBe('public, max-age=59, s-maxage=59, stale-while-revalidate=86400');
    clock = instant; // 1 minute after storing, well inside s-maxage=300
    const at = await ask('/en');
    expect(at.headers['x-mawjaz-cache']).toBe('MISS');
    expect(decode(at)).toContain('version 2');
    expect(seen).toHaveLength(2);
    clock = instant + 5_000; // stored in the settling minute: kept until its end…
    expect((await ask('/en')).headers['x-mawjaz-cache']).toBe('HIT');
    clock = instant + 60_000; // …then asked for once more
    expect((await ask('/en')).headers['x-mawjaz-cache']).toBe('MISS');
    clock = instant + 120_000;
    const later = await ask('/en');
    expect(later.headers['x-mawjaz-cache']).toBe('HIT');
    expect(later.headers['cache-control']).toBe(cachePolicy.page.cacheControl); // the next midnight is hours away
    expect(seen).toHaveLength(3);
  });

  it('asks Next once for readers who arrive together', async () => {
    const { ask, seen } = await serve({ '/en': (req, res) => setTimeout(() => html(cachePolicy.page.cacheControl)(req, res), 50) });
    const answers = await Promise.all(Array.from({ length: 10 }, () => ask('/en', { 'accept-encoding': 'gzip' })));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(seen).toHaveLength(1);
  });

  it('sends a response too big for its cache without keeping it', async () => {
    const { ask, seen } = await serve({ '/sitemap.xml': html(cachePolicy.feed.cacheControl) }, { cacheBytes: 200_000 });
    const a = await ask('/sitemap.xml', { 'accept-encoding': 'gzip' });
    const b = await ask('/sitemap.xml', { 'accept-encoding': 'gzip' });
    expect([a, b].map((r) => r.headers['x-mawjaz-cache'])).toEqual(['PASS', 'PASS']);
    expect(decode(b)).toBe(decode(a));
    expect(seen).toHaveLength(2);
  });

  it('with MAWJAZ_RESPONSE_CACHE_MB=0, stores nothing, and still strips and compresses', async () => {
    const { ask, seen } = await serve({ '/en': html(cachePolicy.page.cacheControl) }, { cacheBytes: cacheBytesFrom({ MAWJAZ_RESPONSE_CACHE_MB: '0' }) });
    const a = await ask('/en', { 'accept-encoding': 'br' });
    await ask('/en', { 'accept-encoding': 'br' });
    expect(seen).toHaveLength(2);
    expect(a.headers['x-mawjaz-cache']).toBe('PASS');
    expect(a.headers['content-encoding']).toBe('br');
    expect(decode(a)).not.toContain('__next_f');
  });
});

describe('front: what it does not share', () => {
  it('asks Next every time for a response that sets a cookie, and sends the cookie', async () => {
    const { ask, seen } = await serve({
      '/en': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'cache-control': cachePolicy.personal.cacheControl, 'set-cookie': ['NEXT_LOCALE=en; Path=/'] });
        res.end(page);
      },
    });
    const a = await ask('/en?hl=en', { 'accept-encoding': 'gzip' });
    await ask('/en?hl=en', { 'accept-encoding': 'gzip' });
    expect(seen).toHaveLength(2);
    expect(a.headers['set-cookie']).toEqual(['NEXT_LOCALE=en; Path=/']);
    expect(a.headers['x-mawjaz-cache']).toBe('PASS');
    expect(a.headers['content-encoding']).toBe('gzip');
  });

  it('passes redirects and 404s on as Next sent them, never stored', async () => {
    const { ask, seen } = await serve({
      '/': (_req, res) => {
        res.writeHead(307, { location: '/ar', 'cache-control': cachePolicy.negotiated.cacheControl, vary: cachePolicy.negotiated.vary! });
        res.end();
      },
    });
    const redirect = await ask('/');
    expect(redirect.status).toBe(307);
    expect(redirect.headers.location).toBe('/ar');
    expect((await ask('/nothing')).status).toBe(404);
    expect((await ask('/nothing')).status).toBe(404);
    expect(seen.map((s) => s.url)).toEqual(['/', '/nothing', '/nothing']);
  });

  it('hands the client router’s requests and other methods to Next untouched', async () => {
    const { ask, seen } = await serve({
      '/en': (req, res) => {
        res.writeHead(200, { 'content-type': 'text/x-component', 'cache-control': cachePolicy.flight.cacheControl });
        res.end(`rsc ${req.method}`);
      },
    });
    expect((await ask('/en', { rsc: '1', 'accept-encoding': 'gzip' })).body.toString()).toBe('rsc GET');
    expect((await ask('/en', {}, 'POST')).body.toString()).toBe('rsc POST');
    expect(seen.map((s) => s.headers['accept-encoding'])).toEqual(['gzip', undefined]);
  });

  it('answers a GET that carries a body, without passing the body’s framing on to Next', async () => {
    const { ask, seen } = await serve({ '/en': html(cachePolicy.page.cacheControl) });
    const res = await ask('/en', { 'content-length': '5', 'content-type': 'text/plain' }, 'GET', 'hello');
    expect(res.status).toBe(200);
    expect(seen[0]!.headers['content-length']).toBeUndefined();
  });

  it('still refuses TRACE with 405 before anything else', async () => {
    const { ask, seen } = await serve({});
    expect((await ask('/en', {}, 'TRACE')).status).toBe(405);
    expect(seen).toHaveLength(0);
  });
});

describe('matchesEtag and cacheBytesFrom', () => {
  it('compares validators weakly, in a list, or *', () => {
    expect(matchesEtag('W/"a"', 'W/"a"')).toBe(true);
    expect(matchesEtag('"a"', 'W/"a"')).toBe(true);
    expect(matchesEtag('"b", W/"a"', 'W/"a"')).toBe(true);
    expect(matchesEtag('*', 'W/"a"')).toBe(true);
    expect(matchesEtag('"b"', 'W/"a"')).toBe(false);
    expect(matchesEtag(undefined, 'W/"a"')).toBe(false);
  });

  it('reads the cache size in MB, 64 by default, and 0 for none', () => {
    expect(cacheBytesFrom({})).toBe(64 * 1024 * 1024);
    expect(cacheBytesFrom({ MAWJAZ_RESPONSE_CACHE_MB: '0' })).toBe(0);
    expect(cacheBytesFrom({ MAWJAZ_RESPONSE_CACHE_MB: '16' })).toBe(16 * 1024 * 1024);
    expect(cacheBytesFrom({ MAWJAZ_RESPONSE_CACHE_MB: 'lots' })).toBe(64 * 1024 * 1024);
  });
});

describe('capFrom', () => {
  const at = Date.parse('2026-12-08T15:00:00+03:00');
  const entry = (cacheControl: string, type = 'text/html; charset=utf-8') => ({ headers: { 'cache-control': cacheControl, 'content-type': type } });
  it('starts capping a page its longest age before the next publication instant', () => {
    expect(capFrom(entry(cachePolicy.page.cacheControl), at)).toBe(at - 300_000);
    expect(capFrom(entry(cachePolicy.notFound.cacheControl), at)).toBe(at - 60_000);
  });
  it('never caps what does not change with publication: share images, icons; nor without an instant ahead', () => {
    expect(capFrom(entry(cachePolicy.immutable.cacheControl, 'image/png'), at)).toBeUndefined();
    expect(capFrom(entry(cachePolicy.icon.cacheControl, 'image/x-icon'), at)).toBeUndefined();
    expect(capFrom(entry(cachePolicy.page.cacheControl), Infinity)).toBeUndefined();
  });
});
