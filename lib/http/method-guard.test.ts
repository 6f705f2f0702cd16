import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { guard, originForm, refusal, refusalOf } from './method-guard.mjs';

describe('refusal', () => {
  it.each([
    ['TRACE', '/ar'],
    ['TRACK', '/en/briefings/x'],
    ['trace', '/'],
    ['POST', '/logo.png'],
    ['DELETE', '/_next/static/chunks/a.js'],
    ['OPTIONS', '/_next/static/media/font.woff2?v=1'],
    ['PUT', '/ar/feed.xml'],
  ])('refuses %s %s', (method, url) => {
    expect(refusal(method, url)).toBe('GET, HEAD');
  });

  it.each([
    ['PUT', '/ar'],
    ['DELETE', '/en/briefings/x'],
    ['PATCH', '/'],
    ['OPTIONS', '/en/briefings/x'],
    ['PROPFIND', '/ar/topics'],
  ])('refuses %s on the page %s (Next answered PUT and DELETE with a 200)', (method, url) => {
    expect(refusal(method, url)).toBe('GET, HEAD, POST');
  });

  it.each([
    ['OPTIONS', '*'],
    ['GET', '*'],
    ['GET', 'evil.example:443'],
  ])('answers %s %s (not a path) with 400, as nginx does', (method, url) => {
    expect(refusalOf(method, url)).toEqual({ status: 400 });
  });

  it('reads an absolute-form target as its path, as nginx does', () => {
    expect(refusalOf('GET', 'http://evil.example/ar')).toBeNull();
    expect(refusalOf('PUT', 'http://evil.example/ar')).toEqual({ status: 405, allow: 'GET, HEAD, POST' });
    expect(originForm('http://x')).toBe('/');
  });

  it.each([
    ['GET', '/logo.png'],
    ['HEAD', '/_next/static/chunks/a.js'],
    ['POST', '/ar'],
    ['POST', '/ar/search?q=a.b'],
    // The newsletter's form handlers, and RFC 8058's one-click POST, whose signed token has a dot.
    ['POST', '/ar/newsletter/subscribe'],
    ['POST', '/en/newsletter/confirm'],
    ['POST', '/en/newsletter/language'],
    ['POST', '/ar/newsletter/unsubscribe?token=WyJtYW5hZ2UiXQ.AxnMuQqnv1IyCudzJVpQm5o55EiR8Z7E'],
  ])('lets %s %s through', (method, url) => {
    expect(refusal(method, url)).toBeNull();
  });
});

describe('guard', () => {
  it('answers a refused request itself, with Allow and the security headers, and passes the rest on', async () => {
    const seen: string[] = [];
    const server = createServer(guard((req, res) => (seen.push(`${req.method} ${req.url}`), res.end('next'))));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    const ask = (method: string, path: string) =>
      new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, method, path }, (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
        });
        req.on('error', reject);
        req.end();
      });
    try {
      const trace = await ask('TRACE', '/ar');
      expect(trace.status).toBe(405);
      expect(trace.headers.allow).toBe('GET, HEAD');
      expect(trace.headers['x-content-type-options']).toBe('nosniff');
      expect(trace.headers['content-security-policy']).toContain("default-src 'self'");
      expect(trace.body).toBe('Method Not Allowed: GET, HEAD only\n');
      expect((await ask('POST', '/logo.png')).status).toBe(405);
      expect(await ask('GET', '/ar')).toMatchObject({ status: 200, body: 'next' });
      expect(seen).toEqual(['GET /ar']);
    } finally {
      server.close();
    }
  });
});
