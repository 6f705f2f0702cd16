import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cachePolicy, type ResponseKind } from '../../lib/http/cache-policy.mjs';
import { securityHeaders } from '../../lib/http/security-headers.mjs';
import { startNginx, type RunningNginx } from '../../scripts/support/nginx';
import { builtSite } from '../support/built-site';
import { rawRequest, type Raw } from '../support/raw-http';

/**
 * The policy table (lib/http/cache-policy.mjs), complete: every kind of
 * response the site gives, asked of the built server (`npm start`:
 * lib/serve/, files from disk and Next behind it) and of Debian's nginx in
 * front of it (deploy/nginx/), with its status, Cache-Control, Vary and
 * security headers. Slugs are read from the build (tests/support/built-site.ts).
 */
const server = inject('baseURL');
const site = builtSite('en', inject('siteDir'));
let nginx: RunningNginx;

beforeAll(async () => {
  nginx = await startNginx(new URL(server).host, { files: join(inject('siteDir'), '.next', 'mawjaz-site', 'files') });
});
afterAll(async () => {
  await nginx?.stop();
});

type Row = {
  name: string;
  method?: string;
  target: string | (() => Promise<string>);
  headers?: [string, string][];
  status: number;
  kind: ResponseKind;
  html?: boolean;
  /** What differs through nginx. */
  nginx?: { status: number; kind: ResponseKind; html?: boolean; cacheControl?: RegExp };
};

/** The first URL in a page's HTML matching `pattern` (its share image, its style sheet). */
const from = (page: string, pattern: RegExp) => async () => {
  const html = (await rawRequest(server, 'GET', page)).body;
  const found = pattern.exec(html)?.[1];
  if (!found) throw new Error(`${pattern} not found in ${page}`);
  return found.startsWith('http') ? new URL(found.replace(/&amp;/g, '&')).pathname : found;
};
const shareImage = from(`/en/briefings/${site.prerendered}`, /<meta property="og:image" content="([^"]+)"/);
const homeShareImage = from('/en', /<meta property="og:image" content="([^"]+)"/);
const styleSheet = from('/en', /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/);
const font = from('/en', /<link rel="preload" href="(\/_next\/static\/media\/[^"]+\.woff2)"/);

const table: Row[] = [
  // Pages: every template.
  { name: 'home', target: '/ar', status: 200, kind: 'page', html: true },
  { name: 'home, other query string', target: '/en?utm_source=x', status: 200, kind: 'page', html: true },
  { name: 'briefing, prerendered', target: `/en/briefings/${site.prerendered}`, status: 200, kind: 'page', html: true },
  { name: 'briefing, long tail', target: `/ar/briefings/${site.longTail}`, status: 200, kind: 'page', html: true },
  { name: 'topics index', target: '/en/topics', status: 200, kind: 'page', html: true },
  { name: 'topic', target: `/ar/topics/${site.topic}`, status: 200, kind: 'page', html: true },
  { name: 'author', target: '/en/authors/mawjaz-desk', status: 200, kind: 'page', html: true },
  { name: 'corrections', target: '/ar/corrections', status: 200, kind: 'page', html: true },
  { name: 'site page', target: `/en/pages/${site.sitePage}`, status: 200, kind: 'page', html: true },
  { name: 'lite page (Save-Data), from Next', target: '/en', headers: [['Save-Data', 'on']], status: 200, kind: 'page', html: true },
  { name: 'search', target: '/en/search?q=chips', status: 200, kind: 'search', html: true },
  // Feeds, sitemaps, manifest, icons.
  { name: 'RSS', target: '/ar/feed.xml', status: 200, kind: 'feed' },
  { name: 'Atom', target: '/en/atom.xml', status: 200, kind: 'feed' },
  { name: 'JSON Feed', target: '/en/feed.json', status: 200, kind: 'feed' },
  { name: 'topic feed', target: `/en/topics/${site.topic}/feed.xml`, status: 200, kind: 'feed' },
  { name: 'sitemap', target: '/sitemap.xml', status: 200, kind: 'feed' },
  { name: 'News sitemap', target: '/news-sitemap.xml', status: 200, kind: 'feed' },
  { name: 'robots.txt', target: '/robots.txt', status: 200, kind: 'feed' },
  { name: 'manifest', target: '/manifest.webmanifest', status: 200, kind: 'icon' },
  { name: 'favicon', target: '/favicon.ico', status: 200, kind: 'icon' },
  { name: 'apple touch icon', target: '/apple-touch-icon.png', status: 200, kind: 'icon' },
  { name: 'logo (public/)', target: '/logo.png', status: 200, kind: 'icon' },
  // Share images and hashed files.
  { name: 'share image of a briefing', target: shareImage, status: 200, kind: 'immutable' },
  { name: 'share image of a page', target: homeShareImage, status: 200, kind: 'immutable' },
  { name: 'hashed style sheet', target: styleSheet, status: 200, kind: 'immutable' },
  { name: 'hashed font', target: font, status: 200, kind: 'immutable' },
  { name: 'hashed file, Range', target: font, headers: [['Range', 'bytes=0-99']], status: 206, kind: 'immutable' },
  // 404s, each kind.
  { name: 'unknown briefing', target: '/ar/briefings/no-such-briefing', status: 404, kind: 'notFoundContent', html: true },
  { name: 'archive page past the end', target: '/en/archive/9999', status: 404, kind: 'notFoundContent', html: true },
  { name: 'unknown topic page', target: '/en/topics/no-such-topic/2', status: 404, kind: 'notFoundContent', html: true },
  { name: 'unknown path under a locale', target: '/ar/some/deep/unknown/path', status: 404, kind: 'notFound', html: true },
  { name: 'the 404 view, asked for directly', target: '/en/not-found-view', status: 404, kind: 'notFound', html: true },
  { name: 'unknown file outside the locales', target: '/wp-login.php', status: 404, kind: 'notFound' },
  { name: 'unknown top-level feed', target: '/feed.xml', status: 404, kind: 'notFound' },
  { name: 'share image, wrong hash (page)', target: '/ar/share-image/000000000000.png', status: 404, kind: 'notFound' },
  { name: 'share image, wrong hash (briefing)', target: `/ar/briefings/${site.prerendered}/share-image/000000000000.png`, status: 404, kind: 'notFound' },
  { name: 'unknown hashed file', target: '/_next/static/chunks/no-such-chunk.js', status: 404, kind: 'notFound' },
  { name: 'malformed URL', target: '/ar/briefings/%ZZ', status: 400, kind: 'refused' },
  // Redirects.
  { name: '/ redirect', target: '/', status: 307, kind: 'negotiated' },
  { name: '/ redirect, English reader', target: '/', headers: [['Accept-Language', 'en-GB,en;q=0.9']], status: 307, kind: 'negotiated' },
  { name: 'unprefixed path redirect', target: `/briefings/${site.prerendered}`, status: 307, kind: 'negotiated' },
  { name: 'archive page 1 → home (308)', target: '/en/archive/1', status: 308, kind: 'redirect' },
  { name: 'topic page 1 → topic (308)', target: `/en/topics/${site.topic}/1`, status: 308, kind: 'redirect' },
  { name: 'percent-encoded locale → its normal form (308)', target: '/%65n', status: 308, kind: 'redirect' },
  // Personal answers.
  { name: 'switcher link (sets the cookie)', target: `/en/briefings/${site.prerendered}?hl=en`, status: 200, kind: 'personal', html: true },
  // nginx drops the router's headers: the page everyone gets.
  { name: 'React Server Components request', target: '/ar', headers: [['RSC', '1']], status: 307, kind: 'flight', nginx: { status: 200, kind: 'page', html: true } },
  // Refusals.
  { name: 'TRACE', method: 'TRACE', target: '/ar', status: 405, kind: 'refused' },
  { name: 'PUT on a page', method: 'PUT', target: '/ar', headers: [['Content-Length', '0']], status: 405, kind: 'refused' },
  { name: 'DELETE on a page', method: 'DELETE', target: `/en/briefings/${site.prerendered}`, status: 405, kind: 'refused' },
  { name: 'OPTIONS on a page', method: 'OPTIONS', target: '/en', status: 405, kind: 'refused' },
  { name: 'POST on a static file', method: 'POST', target: '/logo.png', headers: [['Content-Length', '0']], status: 405, kind: 'refused' },
  { name: 'OPTIONS *', method: 'OPTIONS', target: '*', status: 400, kind: 'refused' },
  { name: 'Range past the end of a public file', target: '/logo.png', headers: [['Range', 'bytes=999999-']], status: 416, kind: 'refused' },
  // nginx's range filter answers after the file's headers were set: its 416
  // carries the file's Cache-Control too, and no-store, which wins.
  {
    name: 'Range past the end of a hashed file',
    target: font,
    headers: [['Range', 'bytes=999999999-']],
    status: 416,
    kind: 'refused',
    nginx: { status: 416, kind: 'refused', cacheControl: /\bno-store$/ },
  },
];

const SECURITY = securityHeaders({ https: false });
const CACHE_STATE = ['x-mawjaz-cache', 'age', 'x-nextjs-cache', 'x-middleware-rewrite'];

describe.each([
  ['npm start', () => server, false],
  ['nginx in front of it', () => nginx.baseURL, true],
])('the policy table through %s', (_via, base, throughNginx) => {
  const ask = async (row: Row): Promise<Raw> => rawRequest(base(), row.method ?? 'GET', typeof row.target === 'string' ? row.target : await row.target(), row.headers);

  it.each(table)('$name: $method $target → $status, $kind', async (asked) => {
    const row = throughNginx && asked.nginx ? { ...asked, ...asked.nginx } : asked;
    const res = await ask(row);
    const policy = cachePolicy[row.kind];
    expect(res.status, res.head).toBe(row.status);
    if (row.nginx?.cacheControl && throughNginx) expect(res.headers['cache-control'], res.head).toMatch(row.nginx.cacheControl);
    else expect(res.headers['cache-control'], res.head).toBe(policy.cacheControl);
    for (const { key, value } of SECURITY) expect(res.headers[key], `${key}\n${res.head}`).toBe(value);
    if (policy.vary) for (const name of policy.vary.split(', ')) expect(res.headers.vary?.toLowerCase(), res.head).toContain(name.toLowerCase());
    if (row.html) expect(res.headers.vary?.toLowerCase(), res.head).toContain('save-data');
    if (/\bpublic\b/.test(policy.cacheControl)) expect(res.headers['set-cookie'], res.head).toBeUndefined();
    for (const name of CACHE_STATE) expect(res.headers[name], `${name}\n${res.head}`).toBeUndefined();
    if (res.status >= 500) throw new Error(res.head);
  });
});

describe('nginx and the 404s a publication can turn into pages', () => {
  it.each(['/ar/briefings/no-such-briefing', '/en/archive/9999', '/en/topics/no-such-topic/2'])('never serves %s from its cache', async (path) => {
    for (let i = 0; i < 3; i++) {
      const res = await rawRequest(nginx.baseURL, 'GET', path);
      expect(res.status).toBe(404);
      expect(res.headers['x-cache-status']).not.toBe('HIT');
    }
  });
});
