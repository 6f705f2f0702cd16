import { describe, expect, inject, it } from 'vitest';
import { cachePolicy } from '../../lib/http/cache-policy.mjs';
import { securityHeaders } from '../../lib/http/security-headers.mjs';
import { LEAD, TOPIC } from '../support/fixture-site';

const baseURL = inject('baseURL');
const SLUG = LEAD.slug;

async function head(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${baseURL}${path}`, { redirect: 'manual', headers });
  await res.arrayBuffer();
  return res;
}

/** The share image a page points at, from its og:image. */
async function shareImagePath(page: string): Promise<string> {
  const html = await (await fetch(`${baseURL}${page}`)).text();
  const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
  if (!og) throw new Error(`no og:image on ${page}`);
  return new URL(og.replace(/&amp;/g, '&')).pathname;
}

const { page, feed, icon, notFound, personal, negotiated, immutable, flight } = cachePolicy;

/**
 * What `next start` actually sends, template by template: the cache policy
 * of lib/http/cache-policy.mjs as a table of real responses.
 */
const table: [string, string, Record<string, string>, number, string][] = [
  ['Arabic home', '/ar', {}, 200, page.cacheControl],
  ['English home', '/en', {}, 200, page.cacheControl],
  ['briefing', `/ar/briefings/${SLUG}`, {}, 200, page.cacheControl],
  ['briefing (en)', `/en/briefings/${SLUG}`, {}, 200, page.cacheControl],
  ['topics index', '/en/topics', {}, 200, page.cacheControl],
  ['topic', `/ar/topics/${TOPIC}`, {}, 200, page.cacheControl],
  ['feed', '/ar/feed.xml', {}, 200, feed.cacheControl],
  ['topic feed', `/en/topics/${TOPIC}/atom.xml`, {}, 200, feed.cacheControl],
  ['sitemap', '/sitemap.xml', {}, 200, feed.cacheControl],
  ['robots.txt', '/robots.txt', {}, 200, feed.cacheControl],
  ['favicon', '/favicon.ico', {}, 200, icon.cacheControl],
  ['apple touch icon', '/apple-touch-icon.png', {}, 200, icon.cacheControl],
  ['unknown path under a locale', '/ar/some/deep/unknown/path', {}, 404, notFound.cacheControl],
  // An unknown briefing is rewritten to the 404 document by the proxy
  // (proxy.ts), which sends the 404 policy, not the page's.
  ['unknown briefing', '/ar/briefings/no-such-briefing', {}, 404, notFound.cacheControl],
  ['the internal 404 view, asked for directly', '/en/not-found-view', {}, 404, notFound.cacheControl],
  ['unknown file outside the locales', '/wp-login.php', {}, 404, notFound.cacheControl],
  ['malformed URL', '/ar/briefings/%ZZ', {}, 400, notFound.cacheControl],
  ['switcher link (sets the cookie)', `/en/briefings/${SLUG}?hl=en`, {}, 200, personal.cacheControl],
  ['switcher link to a home', '/ar?hl=ar', {}, 200, personal.cacheControl],
  ['/ redirect', '/', {}, 307, negotiated.cacheControl],
  ['/ redirect, English reader', '/', { 'accept-language': 'en-GB,en;q=0.9' }, 307, negotiated.cacheControl],
  ['unprefixed path redirect', `/briefings/${SLUG}`, {}, 307, negotiated.cacheControl],
  ['React Server Components request', '/ar', { rsc: '1' }, 307, flight.cacheControl],
];

describe('response headers (next start)', () => {
  it.each(table)('%s: %s %j → %i, Cache-Control from the table', async (_name, path, headers, status, cacheControl) => {
    const res = await head(path, headers);
    expect(res.status).toBe(status);
    expect(res.headers.get('cache-control')).toBe(cacheControl);
  });

  it.each(table)('%s: %s %j carries every security header', async (_name, path, headers) => {
    const res = await head(path, headers);
    for (const { key, value } of securityHeaders({ https: false })) expect(res.headers.get(key), key).toBe(value);
  });

  it('sends no Set-Cookie on any publicly cacheable response', async () => {
    for (const [, path, headers] of table) {
      const res = await head(path, headers);
      if (/\bpublic\b/.test(res.headers.get('cache-control') ?? '')) expect(res.headers.get('set-cookie'), path).toBeNull();
    }
  });

  it('says / depends on the cookie and Accept-Language', async () => {
    for (const path of ['/', `/briefings/${SLUG}`]) {
      const vary = (await head(path)).headers.get('vary') ?? '';
      expect(vary.split(/\s*,\s*/).map((v) => v.toLowerCase())).toEqual(expect.arrayContaining(['cookie', 'accept-language']));
    }
  });

  it('sets the switcher cookie for the locale of the path', async () => {
    expect((await head('/ar/topics?hl=ar')).headers.get('set-cookie')).toBe('NEXT_LOCALE=ar; Path=/; Max-Age=31536000; SameSite=Lax');
  });

  it('keeps hashed assets and share images immutable', async () => {
    const html = await (await fetch(`${baseURL}/ar`)).text();
    // Pages load no script (lib/http/front.mjs); their style sheet and the
    // fonts it names are hashed too (no font is preloaded: a lite page must
    // load none, app/fonts.ts).
    const css = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
    expect((await head(css!)).headers.get('cache-control')).toBe(immutable.cacheControl);
    // The sheet names each font relative to itself (`../media/x.woff2`).
    const fonts = await Promise.all(
      [...html.matchAll(/<link rel="stylesheet" href="([^"]+\.css)"/g)].map(async (m) => {
        const url = `${baseURL}${m[1]}`;
        const first = /url\(([^)]+\.woff2)\)/.exec(await (await fetch(url)).text())?.[1];
        return first ? new URL(first, url).pathname : null;
      }),
    );
    const font = fonts.find((f) => f?.startsWith('/_next/static/media/'));
    expect(font).toBeTruthy();
    expect((await head(font!)).headers.get('cache-control')).toBe(immutable.cacheControl);
    for (const p of [`/ar/briefings/${SLUG}`, '/en', `/en/topics/${TOPIC}`]) {
      const image = await head(await shareImagePath(p));
      expect(image.status).toBe(200);
      expect(image.headers.get('cache-control')).toBe(immutable.cacheControl);
    }
  });

  it('serves the favicon and apple-touch-icon as images', async () => {
    expect((await head('/favicon.ico')).headers.get('content-type')).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
    expect((await head('/apple-touch-icon.png')).headers.get('content-type')).toBe('image/png');
  });
});
