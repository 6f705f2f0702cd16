import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { LEAD } from '../support/fixture-site';
import { all } from '../support/raw-http';

/**
 * Route fuzzing against the built server (`npm start`: lib/serve/): hundreds of hostile or odd requests,
 * built from tables, sent on raw sockets (fetch and node:http refuse most of
 * them). Whatever the request: never a 5xx, never a stack trace or a server
 * path in the body, the localized 404 where a page could exist, and the
 * server still answers afterwards.
 */
const base = new URL(inject('baseURL'));
const SLUG = LEAD.slug;

type Raw = { status: number; head: string; body: string };

/** One HTTP/1.1 request written byte for byte; `target` may hold anything. */
function raw(method: string, target: string | Buffer, headers: [string, string | Buffer][] = [], hostHeader: string | null = base.host, body = ''): Promise<Raw> {
  return new Promise((ok, fail) => {
    const socket = connect(Number(base.port), base.hostname);
    const chunks: Buffer[] = [];
    socket.setTimeout(15_000, () => {
      socket.destroy();
      fail(new Error(`timeout: ${method} ${String(target).slice(0, 80)}`));
    });
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : fail(e)));
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const head = split < 0 ? text : text.slice(0, split);
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0);
      ok({ status, head, body: split < 0 ? '' : text.slice(split + 4) });
    });
    const lines: Buffer[] = [Buffer.concat([Buffer.from(`${method} `), Buffer.from(target), Buffer.from(' HTTP/1.1\r\n')])];
    if (hostHeader !== null) lines.push(Buffer.from(`Host: ${hostHeader}\r\n`));
    for (const [k, v] of headers) lines.push(Buffer.concat([Buffer.from(`${k}: `), Buffer.from(v), Buffer.from('\r\n')]));
    lines.push(Buffer.from(`Connection: close\r\n\r\n${body}`));
    // write, not end: a half-closed socket makes Node drop a response still being rendered.
    socket.write(Buffer.concat(lines));
  });
}

const LEAKS = [
  /\/work\//,
  /node_modules/,
  /\n\s+at [\w.<>]+ \(/, // a stack frame
  /\bat [^\s]+\.(?:js|ts|mjs):\d+:\d+/,
  /root:x:0:0/, // /etc/passwd
  /"name":\s*"mawjaz"/, // package.json
  /\[core\]/, // .git/config
  /Error: /,
];

/** The checks every response must pass. */
function sane(what: string, res: Raw) {
  expect(res.status, `${what}: status`).toBeGreaterThanOrEqual(200);
  expect(res.status, `${what}: status ${res.status}`).toBeLessThan(500);
  for (const leak of LEAKS) expect(res.body, `${what}: body matches ${leak}`).not.toMatch(leak);
}

const localized404 = (res: Raw, locale: string) => {
  expect(res.status).toBe(404);
  expect(res.body).toContain(`<html lang="${locale}"`);
};

const traversal = [
  '/../../etc/passwd',
  '/..%2f..%2f..%2fetc%2fpasswd',
  '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
  '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '/..%252f..%252f..%252fetc%252fpasswd',
  '/%252e%252e%252f%252e%252e%252fetc%252fpasswd',
  '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
  '/%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afetc%c0%afpasswd',
  '/..%5c..%5c..%5cetc%5cpasswd',
  '/....//....//....//etc/passwd',
  '/..;/..;/etc/passwd',
  '/%2e%2e%5c%2e%2e%5cpackage.json',
  '/..%2fpackage.json',
  '/..%2f.git%2fconfig',
  '/..%2f.env',
  '/..%2fnext.config.mjs',
];
const prefixes = ['', '/ar', '/en/briefings', '/_next/static', '/_next/static/chunks', '/ar/topics', '/favicon.ico'];
const traversalRequests = prefixes.flatMap((p) => traversal.map((t) => `${p}${t}`));
const secrets = [
  '/.env',
  '/.env.local',
  '/.git/config',
  '/.git/HEAD',
  '/package.json',
  '/next.config.mjs',
  '/node_modules/next/package.json',
  '/.next/server/app/ar.html',
  '/_next/server/app/ar.html',
  '/_next/../package.json',
  '/.next/BUILD_ID',
  '/proxy.ts',
  '/content/topics.yaml',
];

const malformed = [
  '/ar/%',
  '/ar/%Z',
  '/ar/%%',
  '/ar/%zz/x',
  '/%',
  '/%%30',
  '/ar/briefings/%E0%A4%A',
  '/ar/%FF%FE%FD',
  '/ar/briefings/%C3%28',
  '/ar/%00',
  '/ar/briefings/%00.mdx',
  '/ar/briefings/%0d%0aSet-Cookie:%20pwned=1',
  '/en/%u0041',
  '/ar/%%%%%%',
  '/ar?q=%',
  '/ar?%ZZ=1',
  '/ar/topics?page=%C0',
  '/en?hl=%00',
  '/en?hl=../../x',
  '/ar?hl=en',
  '/en/briefings/x?hl=%3Cscript%3Ealert(1)%3C/script%3E',
  '/ar?q=%3Cscript%3Ealert(1)%3C/script%3E',
];

const long = [
  `/ar/briefings/${'a'.repeat(10_000)}`,
  `/ar/${'x/'.repeat(3_000)}`,
  `/ar?${'q='.padEnd(10_000, 'z')}`,
  `/ar?${Array.from({ length: 1000 }, (_, i) => `k${i}=v`).join('&')}`,
  `/${'%2e'.repeat(3000)}`,
  `/ar/briefings/${'%D8%A7'.repeat(2000)}`,
];

const controls = ['\x00', '\x01', '\x07', '\x08', '\x1b[31m', '\x7f', '\t', '\r', ' '].map((c) => `/ar/briefings/a${c}b`);

const unicode: [string, string][] = [
  [`/ar/briefings/${encodeURIComponent('الصين-توافق')}`, 'ar'],
  [`/en/briefings/${encodeURIComponent('😀')}`, 'en'],
  [`/en/topics/${encodeURIComponent('🚀-rockets')}`, 'en'],
  [`/ar/${encodeURIComponent('موجز')}`, 'ar'],
  [`/ar/topics/${encodeURIComponent('أشباه-الموصلات')}`, 'ar'],
  [`/en/briefings/${encodeURIComponent('e\u0301')}`, 'en'],
  [`/ar/briefings/${encodeURIComponent('\u202Eevil')}`, 'ar'],
];
const rawUtf8 = ['/ar/briefings/الصين', '/en/briefings/😀', '/ar/موجز'];

const methods = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'CONNECT', 'PROPFIND', 'FOO', 'TRACE', 'TRACK'];
const methodPaths = ['/', '/ar', '/_next/static/no-such-chunk.js', '/logo.png', `/ar/briefings/${SLUG}`, '/en/topics', '/ar/no/such/page', '/ar/feed.xml', '/sitemap.xml', '/briefings/x', '/xx/y'];

const acceptLanguages = ['*', 'xx', 'en;q=abc', ';;;,,,', 'ar-SA-u-nu-arab', 'zh-Hant-TW, en;q=0.1', 'en-US;q=1.5, ar;q=-1', 'a'.repeat(4000), '\u00e9', 'EN', ''];
const cookies = [
  'NEXT_LOCALE=xx',
  'NEXT_LOCALE=',
  'NEXT_LOCALE=../../etc',
  'NEXT_LOCALE=en; NEXT_LOCALE=ar',
  'NEXT_LOCALE=%00',
  'NEXT_LOCALE="en"',
  `big=${'x'.repeat(8_000)}`,
  `NEXT_LOCALE=${'e'.repeat(4000)}`,
  ';;;==;',
  '=x',
];
const hosts: (string | null)[] = ['evil.example', '', 'localhost:99999', '[::1]', 'a'.repeat(300), 'mawjaz.example\r\nX-Injected: 1'.replace(/\r\n.*/, ''), null, '127.0.0.1:1@evil.example'];

describe('route fuzzing (next start)', () => {
  it(`path traversal in ${traversalRequests.length} encodings and places never leaves the site`, async () => {
    const results = await all(traversalRequests, (p) => raw('GET', p));
    results.forEach((res, i) => sane(traversalRequests[i]!, res));
  });

  it.each(secrets)('never serves %s', async (path) => {
    const res = await raw('GET', path);
    sane(path, res);
    expect(res.status).toBeGreaterThanOrEqual(300);
  });

  it(`answers ${malformed.length} malformed encodings with a 4xx or a page, never a 5xx`, async () => {
    const results = await all(malformed, (p) => raw('GET', p));
    results.forEach((res, i) => {
      sane(malformed[i]!, res);
      expect(res.head, malformed[i]).not.toMatch(/\r\nset-cookie: pwned/i);
      expect(res.body, malformed[i]).not.toContain('alert(1)');
    });
  });

  it('gives the localized 404 for a well-formed unknown page under a locale', async () => {
    localized404(await raw('GET', '/ar/briefings/no-such-briefing'), 'ar');
    localized404(await raw('GET', '/en/briefings/..%2e'), 'en');
    localized404(await raw('GET', `/en/briefings/${'a'.repeat(10_000)}`), 'en');
  });

  it('handles overlong paths and queries', async () => {
    const results = await all(long, (p) => raw('GET', p), 3);
    results.forEach((res, i) => sane(`long #${i}`, res));
  });

  it('rejects control characters and NUL bytes in the request line with a 4xx', async () => {
    const results = await all(controls, (p) => raw('GET', p));
    results.forEach((res, i) => {
      sane(JSON.stringify(controls[i]), res);
      expect(res.status, JSON.stringify(controls[i])).toBeGreaterThanOrEqual(400);
    });
  });

  it.each(unicode)('gives %s the localized 404', async (path, locale) => {
    const res = await raw('GET', path);
    sane(path, res);
    localized404(res, locale);
  });

  it.each(rawUtf8)('survives unencoded UTF-8 in %s', async (path) => {
    sane(path, await raw('GET', Buffer.from(path, 'utf8')));
  });

  const methodCases = methods.flatMap((m) => methodPaths.map((p) => [m, p] as const));
  it(`answers ${methodCases.length} method × path pairs without a 5xx, echoing nothing`, async () => {
    const results = await all(methodCases, ([m, p]) =>
      raw(m, p, [
        ['X-Secret-Probe', 'do-not-echo'],
        ['Content-Length', '0'],
      ]),
    );
    results.forEach((res, i) => {
      const [m, p] = methodCases[i]!;
      // Node's HTTP server closes a CONNECT it has no handler for, unanswered.
      if (m === 'CONNECT' && res.status === 0) return expect(res.body).toBe('');
      sane(`${m} ${p}`, res);
      expect(res.body, `${m} ${p}`).not.toContain('do-not-echo');
      if (m === 'GET' && p === '/ar/no/such/page') localized404(res, 'ar');
    });
  });

  /*
   * Next 16.4.6 answers these with a bare 500: TRACE, because it wraps a
   * request in a WHATWG Request for the proxy and route handlers, which
   * refuses TRACE; any method but GET/HEAD on a static file, because it
   * renders the Pages Router's error page, which an App-Router-only project
   * lacks. The method guard of our server (lib/http/method-guard.mjs, in
   * lib/serve/server.mjs: `npm start`, the image, this suite's server)
   * answers them with 405 first.
   */
  it.each(['/', '/ar', '/en/topics', '/briefings/x', '/ar/feed.xml', '/ar/no/such/page', `/en/briefings/${SLUG}`])('TRACE %s: 405, with Allow, echoing nothing', async (path) => {
    const res = await raw('TRACE', path, [['X-Secret-Probe', 'do-not-echo']]);
    expect(res.status, `TRACE ${path}`).toBe(405);
    expect(res.head).toMatch(/\r\nallow: GET, HEAD\r\n/i);
    expect(res.body).not.toContain('do-not-echo');
    for (const leak of LEAKS) expect(res.body).not.toMatch(leak);
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('%s on a static file: 405, with Allow', async (method) => {
    // The hashed style sheet, and a runtime chunk from the build's manifest.
    const html = (await raw('GET', '/ar')).body;
    const css = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/.exec(html)![1]!;
    const js = `/_next/${(JSON.parse(readFileSync(join(inject('siteDir'), '.next/build-manifest.json'), 'utf8')) as { rootMainFiles: string[] }).rootMainFiles[0]}`;
    for (const path of ['/logo.png', css, js, '/favicon.ico']) {
      const res = await raw(method, path, [['Content-Length', '0']]);
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.head).toMatch(/\r\nallow: GET, HEAD\r\n/i);
      for (const leak of LEAKS) expect(res.body).not.toMatch(leak);
    }
  });

  it('accepts a request body on a page without trouble', async () => {
    const body = 'x'.repeat(100_000);
    sane(
      'POST body',
      await raw(
        'POST',
        '/ar',
        [
          ['Content-Type', 'text/plain'],
          ['Content-Length', String(body.length)],
          ['X-Pad', ''],
          ['X-Body', body.slice(0, 10)],
        ],
        base.host,
        body,
      ),
    );
  });

  it.each(acceptLanguages.map((al) => [al.length > 40 ? `${al.slice(0, 10)}… (${al.length} chars)` : al, al]))('redirects / with Accept-Language %j to a locale', async (_label, al) => {
    const res = await raw('GET', '/', [['Accept-Language', al]]);
    sane(`AL ${al.slice(0, 20)}`, res);
    expect(res.status).toBe(307);
    expect(res.head).toMatch(/\r\nlocation: \/(ar|en)\r\n/i);
  });

  it.each(cookies.map((c) => [c.length > 40 ? `${c.slice(0, 14)}… (${c.length} chars)` : c, c]))('redirects / with Cookie %j to a site locale', async (_label, cookie) => {
    const res = await raw('GET', '/', [['Cookie', cookie]]);
    sane(`cookie ${cookie.slice(0, 20)}`, res);
    expect(res.status).toBe(307);
    expect(res.head).toMatch(/\r\nlocation: \/(ar|en)\r\n/i);
  });

  it('answers a huge cookie with 431, not a crash', async () => {
    const res = await raw('GET', '/ar', [['Cookie', `x=${'y'.repeat(40_000)}`]]);
    expect(res.status).toBe(431);
  });

  it.each(hosts.map((h) => [h && h.length > 40 ? `${h.slice(0, 10)}… (${h.length} chars)` : h, h]))('Host %j: no 5xx, and no redirect to another host', async (_label, host) => {
    for (const path of ['/', '/ar', '/briefings/x', '/ar/no/such/page']) {
      const res = await raw('GET', path, [], host);
      sane(`Host ${host} ${path}`, res);
      const location = /\r\nlocation: ([^\r]*)/i.exec(res.head)?.[1];
      if (location) expect(location.startsWith('/') || location.startsWith(`http://${base.host}`), location).toBe(true);
    }
  });

  it('is still up and serving pages afterwards', async () => {
    const res = await raw('GET', `/ar/briefings/${SLUG}`);
    expect(res.status).toBe(200);
    expect(res.body).toContain('<html lang="ar"');
  });
});
