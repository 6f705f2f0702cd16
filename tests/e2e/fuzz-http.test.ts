import { describe, expect, inject, it } from 'vitest';
import { builtSite } from '../support/built-site';
import { all, rawRequest, type Raw } from '../support/raw-http';

/**
 * The HTTP cases of issue 20 against the built server (`npm start`:
 * lib/serve/): Range on every kind of file and page, the asterisk form for
 * every method, methods a page does not take, absolute-form targets. Never a
 * 5xx, never a stack trace. tests/e2e/fuzz.test.ts fuzzes paths and headers.
 */
const base = inject('baseURL');
const SLUG = builtSite('en', inject('siteDir')).prerendered;

const LEAKS = [/\/work\//, /node_modules/, /\n\s+at [\w.<>]+ \(/, /Error: /];

function sane(what: string, res: Raw) {
  expect(res.status, `${what}: status`).toBeGreaterThanOrEqual(200);
  expect(res.status, `${what}: status ${res.status}`).toBeLessThan(500);
  for (const leak of LEAKS) expect(res.body, `${what}: body matches ${leak}`).not.toMatch(leak);
}

describe('Range, asterisk-form and methods (npm start)', () => {
  const rangePaths = async () => {
    const html = (await rawRequest(base, 'GET', '/ar')).body;
    const css = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/.exec(html)![1]!;
    const font = /<link rel="preload" href="(\/_next\/static\/media\/[^"]+\.woff2)"/.exec(html)![1]!;
    const share = new URL(/<meta property="og:image" content="([^"]+)"/.exec(html)![1]!).pathname;
    return [
      '/logo.png',
      '/favicon.ico',
      css,
      font,
      share,
      '/ar',
      `/en/briefings/${SLUG}`,
      '/ar/feed.xml',
      '/sitemap.xml',
      '/robots.txt',
      '/manifest.webmanifest',
      '/ar/no/such/page',
      '/_next/static/no-such.js',
      '/en/search?q=a',
    ];
  };
  const ranges = [
    'bytes=999999-',
    'bytes=999999999999999999999-',
    'bytes=5-2',
    'bytes=-0',
    'bytes=0-0',
    'bytes=-1',
    'bytes=0-',
    'bytes=x',
    'bytes=-',
    'bytes=0-1,3-4',
    'items=0-1',
    'bytes=--1',
    'bytes=1-2-3',
    'bytes=\u0000',
    '',
  ];

  it(`answers Range on every kind of file and page with 200, 206, 404 or 416, never a 5xx`, async () => {
    const paths = await rangePaths();
    const cases = paths.flatMap((p) => ranges.map((r) => [p, r] as const));
    const results = await all(cases, ([p, r]) => rawRequest(base, 'GET', p, [['Range', r]]));
    results.forEach((res, i) => {
      const [p, r] = cases[i]!;
      sane(`Range ${r} on ${p}`, res);
      // 400: Node's parser refuses an empty header value.
      expect([200, 206, 400, 404, 416], `Range ${r} on ${p}: ${res.status}`).toContain(res.status);
      if (res.status === 416) expect(res.head, `Range ${r} on ${p}`).toMatch(/\r\ncache-control: no-store\r\n/i);
    });
  });

  it('answers a satisfiable Range on a file with 206 and exactly those bytes', async () => {
    const res = await rawRequest(base, 'GET', '/logo.png', [['Range', 'bytes=-16']]);
    expect(res.status).toBe(206);
    expect(res.head).toMatch(/\r\ncontent-range: bytes \d+-\d+\/\d+\r\n/i);
    expect(res.head).toMatch(/\r\ncontent-length: 16\r\n/i);
  });

  // FOO: Node's parser refuses a method it does not know, with the same 400.
  it.each(['OPTIONS', 'GET', 'HEAD', 'POST', 'PUT', 'TRACE', 'FOO'])('answers %s * (asterisk-form) with 400 and the security headers, as nginx does', async (method) => {
    const res = await rawRequest(base, method, '*', [['Content-Length', '0']]);
    expect(res.status).toBe(400);
    expect(res.head).toMatch(/\r\nx-content-type-options: nosniff\r\n/i);
    expect(res.head).toMatch(/\r\ncontent-security-policy: /i);
  });

  it.each(['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND'])('%s on a page: 405 with Allow (Next answered PUT and DELETE with the page)', async (method) => {
    for (const path of ['/ar', `/en/briefings/${SLUG}`, '/en/topics', '/en/search?q=a']) {
      const res = await rawRequest(base, method, path, [['Content-Length', '0']]);
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.head).toMatch(/\r\nallow: GET, HEAD, POST\r\n/i);
    }
  });

  it('reads an absolute-form target as its path', async () => {
    const res = await rawRequest(base, 'GET', `http://${new URL(base).host}/ar`);
    expect(res.status).toBe(200);
    expect(res.body).toContain('<html lang="ar"');
  });
});
