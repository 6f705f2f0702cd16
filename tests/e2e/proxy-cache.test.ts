import { readdirSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startNginx, type RunningNginx } from '../../scripts/support/nginx';
import { LEAD } from '../support/fixture-site';

/**
 * Debian's nginx with deploy/nginx/mawjaz.conf.template, on loopback, in
 * front of the e2e server (`npm start`: lib/serve/), as the image runs them.
 * Needs the `nginx` and `libnginx-mod-http-brotli-static` packages: without
 * them, beforeAll fails with the command that installs them.
 */
const upstream = new URL(inject('baseURL')).host;
const SLUG = LEAD.slug;
let nginx: RunningNginx;

beforeAll(async () => {
  nginx = await startNginx(upstream, { files: join(inject('siteDir'), '.next', 'mawjaz-site', 'files') });
});

afterAll(async () => {
  await nginx?.stop();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${nginx.baseURL}${path}`, { redirect: 'manual', headers }).then(async (res) => ({ res, body: await res.text() }));
const status = (res: Response) => res.headers.get('x-cache-status');

/** A plain GET with no Accept-Encoding at all (fetch always sends one). */
function rawGet(path: string): Promise<{ headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((ok, fail) => {
    const req = request(`${nginx.baseURL}${path}`, { headers: {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => ok({ headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

/**
 * What nginx stored for a path (any coding, any query the key keeps): the
 * seconds until each stored copy expires (valid_sec, the second field of
 * ngx_http_file_cache_header_t, after the 8-byte version) and whether its
 * headers hold a Set-Cookie.
 */
function stored(uri: string): { ttl: number; setsCookie: boolean }[] {
  const out: { ttl: number; setsCookie: boolean }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const bytes = readFileSync(path);
        const text = bytes.toString('latin1');
        const key = /\nKEY: (.*)\n/.exec(text)?.[1];
        if (!key?.replace(/^[a-z]*\|/, '').startsWith(`httpmawjaz_node${uri}?`)) continue;
        const validSec = Number(bytes.readBigInt64LE(8));
        out.push({ ttl: validSec - Math.floor(Date.now() / 1000), setsCookie: /\r\nset-cookie:/i.test(text) });
      }
    }
  };
  walk(join(nginx.dir, 'cache'));
  return out;
}

describe('nginx proxy_cache in front of our server', () => {
  it('serves the second request for a briefing from the cache, in the coding asked, stored once', async () => {
    const path = `/en/briefings/${SLUG}`;
    const first = await get(path, { 'accept-encoding': 'gzip' });
    expect(first.res.status).toBe(200);
    expect(status(first.res)).toBe('MISS');
    const second = await get(path, { 'accept-encoding': 'gzip' });
    expect(status(second.res)).toBe('HIT');
    expect(second.body).toBe(first.body);
    expect(second.res.headers.get('content-encoding')).toBe('gzip');
    const br = await get(path, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.res.headers.get('content-encoding')).toBe('br');
    expect(br.body).toBe(first.body);
    expect(second.res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const copies = stored(path);
    expect(copies.length).toBeGreaterThan(0);
    // s-maxage=300 from the cache policy, not a year.
    for (const { ttl } of copies) expect(ttl).toBeLessThanOrEqual(300);
  });

  it('keeps an uncompressed copy for a client that accepts no coding', async () => {
    await rawGet(`/ar/briefings/${SLUG}`);
    const plain = await rawGet(`/ar/briefings/${SLUG}`);
    expect(plain.headers['x-cache-status']).toBe('HIT');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toMatch(/^<!DOCTYPE html>/i);
    expect(plain.body).toContain('<html lang="ar"');
    expect(plain.body).toContain(LEAD.arTitleEnd);
  });

  it('keys a page on its path only: a made-up query string is the page’s entry', async () => {
    await get('/ar/topics');
    for (const q of ['?utm_source=x', `?r=${Math.random()}`, '?page=2']) expect(status((await get(`/ar/topics${q}`)).res), q).toBe('HIT');
  });

  it('keys search on q and page only', async () => {
    const q = `chips${Date.now()}`;
    expect(status((await get(`/en/search?q=${q}&x=1`)).res)).toBe('MISS');
    expect(status((await get(`/en/search?q=${q}&x=2`)).res)).toBe('HIT');
    expect(status((await get(`/en/search?q=${q}&page=2`)).res)).toBe('MISS');
  });

  it('gives a Save-Data reader its own copy (the lite page is Next’s)', async () => {
    const full = await get('/en');
    const lite = await get('/en', { 'save-data': 'on' });
    expect(lite.res.headers.get('vary')).toMatch(/save-data/i);
    expect(full.res.headers.get('vary')).toMatch(/save-data/i);
    expect(status((await get('/en', { 'save-data': 'on' })).res)).toBe('HIT');
  });

  it('never stores the language switcher’s cookie response', async () => {
    for (let i = 0; i < 3; i++) {
      const { res } = await get('/en?hl=en');
      expect(res.status).toBe(200);
      expect(res.headers.get('set-cookie')).toMatch(/^NEXT_LOCALE=en;/);
      expect(status(res)).not.toBe('HIT');
    }
    expect(stored('/en?hl=en')).toEqual([]);
    // …and the page itself, cached, carries no cookie.
    await get('/en');
    const { res } = await get('/en');
    expect(status(res)).toBe('HIT');
    expect(res.headers.get('set-cookie')).toBeNull();
    for (const copy of stored('/en')) expect(copy.setsCookie).toBe(false);
  });

  it.each([
    [{ 'accept-language': 'en-US,en;q=0.9' }, '/en'],
    [{ 'accept-language': 'ar' }, '/ar'],
    [{ 'accept-language': 'en-US,en;q=0.9', cookie: 'NEXT_LOCALE=ar' }, '/ar'],
    [{ 'accept-language': 'ar', cookie: 'NEXT_LOCALE=en' }, '/en'],
    [{}, '/ar'],
  ])('sends / with %j to %s, whoever asked before', async (headers, target) => {
    // Ask with the opposite preference first, so a shared copy would show.
    await get('/', { 'accept-language': target === '/en' ? 'ar' : 'en' });
    for (let i = 0; i < 2; i++) {
      const { res } = await get('/', headers);
      expect(res.status).toBe(307);
      expect(new URL(res.headers.get('location')!, nginx.baseURL).pathname).toBe(target);
      expect(status(res)).not.toBe('HIT');
    }
  });

  it('caches a 404 for a minute at most', async () => {
    const path = '/ar/no/such/page';
    const first = await get(path);
    expect(first.res.status).toBe(404);
    const second = await get(path);
    expect(second.res.status).toBe(404);
    expect(second.body).toContain('الصفحة غير موجودة');
    const copies = stored(path);
    expect(copies.length).toBeGreaterThan(0);
    for (const { ttl } of copies) expect(ttl).toBeLessThanOrEqual(60);
  });

  it('cannot be made to cache a React Server Components answer on a page URL', async () => {
    const poisoned = await get('/ar/topics', { rsc: '1', 'next-router-prefetch': '1' });
    expect(poisoned.res.status).toBe(200);
    expect(poisoned.res.headers.get('content-type')).toMatch(/^text\/html/);
    const next = await get('/ar/topics');
    expect(next.res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(next.body).toBe(poisoned.body);
  });

  it.each(['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'POST'])('answers %s with 405 before Next sees it', async (method) => {
    // POST reaches our server (route handlers take it), which refuses it on files.
    const paths = method === 'POST' ? ['/favicon.ico', '/logo.png', '/ar/feed.xml'] : ['/', '/favicon.ico', `/ar/briefings/${SLUG}`, '/ar/no/such/page', '/ar/feed.xml'];
    for (const path of paths) {
      // fetch refuses TRACE: a raw request.
      const status = await new Promise<number>((ok, fail) => {
        const req = request(`${nginx.baseURL}${path}`, { method }, (res) => {
          res.resume();
          ok(res.statusCode ?? 0);
        });
        req.on('error', fail);
        req.end();
      });
      expect(status, `${method} ${path}`).toBe(405);
    }
  });

  it('logs no upstream errors', () => {
    expect(nginx.errorLog()).not.toMatch(/\[(error|crit|alert|emerg)\]/);
  });
});
