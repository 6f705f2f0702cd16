import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { copyStandaloneAssets, standaloneServerDir } from '../../scripts/support/standalone';
import { freePort, SERVE_ENTRY, waitForServer } from '../../scripts/support/server';
import { LEAD, TAIL } from '../support/fixture-site';

/**
 * What the Docker image runs behind nginx: `node lib/serve/server.mjs` from
 * .next/standalone (which the e2e build produces), with what postbuild
 * copies beside it, and nothing else of the project.
 */
const SLUG = LEAD.slug;
const SITE = inject('siteDir');
let child: ChildProcess | undefined;
let base = '';
let output = '';

beforeAll(async () => {
  const dir = standaloneServerDir(SITE);
  if (!dir) throw new Error('no .next/standalone/server.js: next.config.mjs must set output: "standalone"');
  copyStandaloneAssets(SITE, dir);
  const port = await freePort();
  const server = spawn(process.execPath, [join(dir, SERVE_ENTRY)], {
    cwd: dir,
    // Nothing of ours but the port and interface, as in the container.
    env: { PATH: process.env.PATH, NODE_ENV: 'production', PORT: String(port), HOSTNAME: '127.0.0.1', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = server;
  server.stdout?.on('data', (d) => (output += d));
  server.stderr?.on('data', (d) => (output += d));
  base = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(base, 30_000);
  } catch (error) {
    server.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\n${output}`);
  }
});

afterAll(async () => {
  child?.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 200));
});

describe('the standalone server (node .next/standalone/lib/serve/server.mjs)', () => {
  it('serves a prerendered briefing with the security and cache headers', async () => {
    const res = await fetch(`${base}/en/briefings/${SLUG}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('cache-control')).toMatch(/stale-while-revalidate/);
    const html = await res.text();
    expect(html).toContain(LEAD.title.en);
    // Its hashed CSS and fonts come from the copied .next/static.
    const css = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
    expect((await fetch(`${base}${css}`)).status).toBe(200);
    const font = /<link rel="preload" href="(\/_next\/static\/media\/[^"]+\.woff2)"/.exec(html)?.[1];
    const fontRes = await fetch(`${base}${font}`);
    expect(fontRes.status).toBe(200);
    expect(fontRes.headers.get('content-type')).toBe('font/woff2');
  });

  it('serves a prerendered page from its Brotli file, with a validator, and says nothing of caches', async () => {
    const ask = (headers: Record<string, string> = {}) => fetch(`${base}/ar/briefings/${SLUG}`, { headers: { 'accept-encoding': 'br', ...headers } });
    const first = await ask();
    expect(first.headers.get('content-encoding')).toBe('br');
    expect(first.headers.get('x-mawjaz-cache')).toBeNull();
    expect(first.headers.get('age')).toBeNull();
    const html = await first.text();
    expect(html).toContain('application/ld+json');
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    expect((await ask({ 'if-none-match': etag })).status).toBe(304);
  });

  it('serves the briefing’s prerendered share image', async () => {
    const html = await (await fetch(`${base}/ar/briefings/${SLUG}`)).text();
    const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    const res = await fetch(`${base}${new URL(og!).pathname}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toMatch(/immutable/);
    expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
  });

  it('renders a briefing of the long tail from the source file it shipped with', async () => {
    // The e2e build prerenders and compiles only the newest briefing of each
    // language: this one is compiled from content/ on its first request.
    const res = await fetch(`${base}/en/briefings/${TAIL.slug}`);
    expect(res.status, output).toBe(200);
    expect(await res.text()).toMatch(/<h2 id="[^"]+">/);
  });

  it('answers TRACE, and a write to a static file, with 405 before Next sees them', async () => {
    // fetch() refuses to send TRACE: node:http sends anything.
    const ask = (method: string, path: string) =>
      new Promise<{ status: number; allow: string | undefined }>((resolve, reject) => {
        const req = request(`${base}${path}`, { method }, (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode!, allow: res.headers.allow }));
        });
        req.on('error', reject);
        req.end();
      });
    for (const [method, path] of [
      ['TRACE', '/ar'],
      ['TRACE', '/en/briefings/x'],
      ['POST', '/logo.png'],
      ['DELETE', '/favicon.ico'],
    ]) {
      expect(await ask(method!, path!), `${method} ${path}`).toEqual({ status: 405, allow: 'GET, HEAD' });
    }
    expect((await ask('GET', '/logo.png')).status).toBe(200);
  });

  it('serves public/ files and the localized 404 document', async () => {
    expect((await fetch(`${base}/favicon.ico`)).status).toBe(200);
    const res = await fetch(`${base}/ar/briefings/no-such-briefing`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('الصفحة غير موجودة');
  });

  it('redirects / by Accept-Language through the proxy', async () => {
    const res = await fetch(`${base}/`, { redirect: 'manual', headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toMatch(/\/en$/);
  });
});
