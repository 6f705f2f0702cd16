import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginx, type RunningNginx } from '../scripts/support/nginx';

/**
 * Debian's nginx with deploy/nginx/mawjaz.conf.template on loopback, in
 * front of a stand-in for our Node server: one URL never answers, one page
 * turns to errors and then to hanging after nginx stored it.
 */
let upstream: Server;
let nginx: RunningNginx;
let page: 'ok' | 'fail' | 'hang' = 'ok';

beforeAll(async () => {
  upstream = createServer((req, res) => {
    if (req.url === '/hang') return;
    if (req.url === '/page' && page === 'hang') return;
    if (req.url === '/page' && page === 'fail') {
      res.writeHead(500, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
      return res.end('Internal Server Error');
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=0, s-maxage=1, stale-while-revalidate=0' });
    res.end(`<p>${req.url} at ${Date.now()}</p>`);
  });
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
  const { port } = upstream.address() as AddressInfo;
  nginx = await startNginx(`127.0.0.1:${port}`, { upstreamTimeout: '1s', files: mkdtempSync(join(tmpdir(), 'mawjaz-files-')) });
}, 30_000);

afterAll(async () => {
  await nginx?.stop();
  upstream?.closeAllConnections();
  upstream?.close();
});

const get = async (path: string) => {
  const started = Date.now();
  const res = await fetch(`${nginx.baseURL}${path}`);
  return { status: res.status, body: await res.text(), cache: res.headers.get('x-cache-status'), ms: Date.now() - started };
};

describe('nginx in front of a render that hangs', () => {
  it('answers the hung URL 504 after its timeout, and every other URL at once meanwhile', async () => {
    const hung = get('/hang');
    const others = await Promise.all(['/a', '/b', '/c', '/d'].map(get));
    for (const o of others) {
      expect(o.status).toBe(200);
      expect(o.ms).toBeLessThan(500);
    }
    const h = await hung;
    expect(h.status).toBe(504);
    expect(h.ms).toBeGreaterThanOrEqual(900);
    expect(h.ms).toBeLessThan(5000);
  });

  it('serves the stale copy when the page’s render fails (500), then when it hangs', async () => {
    page = 'ok';
    const first = await get('/page');
    expect(first.status).toBe(200);
    await new Promise((r) => setTimeout(r, 2200)); // past s-maxage=1 (nginx counts whole seconds)
    page = 'fail';
    const onError = await get('/page');
    expect(onError).toMatchObject({ status: 200, body: first.body, cache: 'STALE' });
    await new Promise((r) => setTimeout(r, 2200));
    page = 'hang';
    const onTimeout = await get('/page');
    expect(onTimeout).toMatchObject({ status: 200, body: first.body, cache: 'STALE' });
    page = 'ok';
  });
});
