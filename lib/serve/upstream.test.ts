import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upstream } from './upstream.mjs';

/**
 * Our server's way to Next (./upstream.mjs) against a stand-in for Next on
 * loopback: one URL never answers, one fails, the rest answer at once.
 */
let next: Server;
let front: Server;
let base = '';
let mode: 'ok' | 'fail' = 'ok';
const seen: string[] = [];

const listen = (server: Server) => new Promise<number>((r) => server.listen(0, '127.0.0.1', () => r((server.address() as AddressInfo).port)));

beforeAll(async () => {
  next = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    if (req.url?.startsWith('/hang')) return; // a render that never ends
    if (req.url === '/fail') {
      res.writeHead(500, { 'content-type': 'text/plain' });
      return res.end('Internal Server Error');
    }
    if (req.url === '/page' && mode === 'fail') {
      res.writeHead(500, { 'content-type': 'text/html' });
      return res.end('<p>Internal Server Error</p>');
    }
    if (req.method === 'POST') {
      let body = '';
      req.on('data', (c) => (body += c));
      return req.on('end', () => res.end(`got ${body}`));
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, s-maxage=300', 'x-nextjs-cache': 'HIT', vary: 'rsc, Accept-Encoding' });
    res.end(`<p>fresh ${req.url}</p>`);
  });
  const nextPort = await listen(next);
  const toNext = upstream({
    port: nextPort,
    timeoutMs: 400,
    log: () => {},
    // The page's last file, as ./files.mjs `stale` hands it over.
    stale: (path) => (path === '/page' || path === '/hang-with-file' ? (_req, res) => res.end(`<p>stale ${path}</p>`) : null),
  });
  front = createServer((req, res) => toNext(req, res));
  base = `http://127.0.0.1:${await listen(front)}`;
});

afterAll(() => {
  front.closeAllConnections();
  front.close();
  next.closeAllConnections();
  next.close();
});

const get = async (path: string) => {
  const started = Date.now();
  const res = await fetch(`${base}${path}`);
  return { status: res.status, body: await res.text(), headers: res.headers, ms: Date.now() - started };
};

describe('upstream', () => {
  it('answers a render that hangs with a 504 after the timeout, while other URLs answer at once', async () => {
    const hung = get('/hang');
    const others = await Promise.all(['/a', '/b', '/c'].map(get));
    for (const o of others) {
      expect(o.status).toBe(200);
      expect(o.ms).toBeLessThan(300);
    }
    const h = await hung;
    expect(h.status).toBe(504);
    expect(h.ms).toBeGreaterThanOrEqual(380);
    expect(h.ms).toBeLessThan(2000);
    expect(h.headers.get('cache-control')).toBe('no-store');
    expect(h.headers.get('x-content-type-options')).toBe('nosniff');
    // The next reader of the hung URL is not stuck behind the first.
    expect((await get('/hang')).status).toBe(504);
  });

  it('sends the page’s last file when the render hangs and one exists', async () => {
    const h = await get('/hang-with-file');
    expect(h).toMatchObject({ status: 200, body: '<p>stale /hang-with-file</p>' });
  });

  it('sends the page’s last file when Next answers 500 (stale-on-error), and Next’s page again when it recovers', async () => {
    mode = 'fail';
    expect(await get('/page')).toMatchObject({ status: 200, body: '<p>stale /page</p>' });
    mode = 'ok';
    expect(await get('/page')).toMatchObject({ status: 200, body: '<p>fresh /page</p>' });
  });

  it('passes a 500 on when there is no file to fall back on', async () => {
    expect(await get('/fail')).toMatchObject({ status: 500, body: 'Internal Server Error' });
  });

  it('streams Next’s answer with the table’s headers: no cache state, Vary with Save-Data', async () => {
    const res = await get('/x');
    expect(res.headers.get('x-nextjs-cache')).toBeNull();
    expect(res.headers.get('vary')).toBe('rsc, Accept-Encoding, Save-Data');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('passes a POST’s body through to a route handler', async () => {
    const body = await new Promise<string>((resolve, reject) => {
      const req = request(`${base}/en/subscribe`, { method: 'POST', headers: { 'content-type': 'text/plain' } }, (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve(text));
      });
      req.on('error', reject);
      req.end('email=a@b.example');
    });
    expect(body).toBe('got email=a@b.example');
  });

  it('answers 502 when Next is not there, never hangs', async () => {
    const dead = upstream({ port: 1, timeoutMs: 2000, stale: () => null, log: () => {} });
    const server = createServer((req, res) => dead(req, res));
    const port = await listen(server);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/x`);
      expect(res.status).toBe(502);
    } finally {
      server.close();
    }
  });
});
