import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeBriefingIndex, writeDeclaredLists } from './lib/content/index-writer';
import { cachePolicy } from './lib/http/cache-policy.mjs';
import { FIXTURE_CONTENT, LEAD, PUBLISHED_COUNT, SCHEDULED_SLUG, TAIL } from './tests/support/fixture-site';

/**
 * proxy.ts with real NextRequests, on the fixture site's index (written
 * into a temporary project here, as the build writes it): which on-demand
 * URLs pass to their route, which go to the localized 404, and what the
 * redirects and the 400 carry. The e2e tests check the same through
 * `next start` (tests/e2e/routing.test.ts); these fail fast and name the
 * branch.
 */
let root: string;
let proxy: (request: NextRequest) => Response;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'mawjaz-proxy-'));
  cpSync(FIXTURE_CONTENT, join(root, 'content'), { recursive: true });
  writeBriefingIndex(root);
  writeDeclaredLists(root);
  // lib/content reads the build's files from the working directory.
  vi.spyOn(process, 'cwd').mockReturnValue(root);
  proxy = (await import('./proxy')).default;
});
afterAll(() => {
  vi.restoreAllMocks();
  rmSync(root, { recursive: true, force: true });
});

const request = (path: string, headers: Record<string, string> = {}) => proxy(new NextRequest(`http://localhost${path}`, { headers }));
/** What the proxy did: let it through to the route, rewrote it to a locale's 404, redirected it, or answered itself. */
function outcome(res: Response): string {
  if (res.headers.get('x-middleware-next') === '1') return 'next';
  const rewrite = res.headers.get('x-middleware-rewrite');
  if (rewrite) return `rewrite ${new URL(rewrite).pathname}`;
  const location = res.headers.get('location');
  if (location) return `${res.status} ${new URL(location).pathname}`;
  return String(res.status);
}

describe('proxy.ts: on-demand pages are looked up before their route renders', () => {
  // The fixture site has 15 Arabic and 14 English briefings: two archive pages each.
  it('knows the fixture index it reads', () => {
    expect(PUBLISHED_COUNT).toEqual({ ar: 15, en: 14 });
  });

  it.each([
    ['a briefing of the long tail', `/en/briefings/${TAIL.slug}`, 'next'],
    ['its share image', `/en/briefings/${TAIL.slug}/share-image/0123456789ab.png`, 'next'],
    ['the lead', `/ar/briefings/${LEAD.slug}`, 'next'],
    ['an unknown briefing', '/en/briefings/no-such-briefing', 'rewrite /en/missing'],
    ['an unknown briefing’s share image', '/ar/briefings/no-such-briefing/share-image/0123456789ab.png', 'rewrite /ar/missing'],
    ['a briefing scheduled for 2099', `/ar/briefings/${SCHEDULED_SLUG}`, 'rewrite /ar/missing'],
    ['a slug in capitals', `/en/briefings/${TAIL.upperSlug}`, 'rewrite /en/missing'],
    ['the second archive page', '/ar/archive/2', 'next'],
    ['an archive page past the last', '/ar/archive/3', 'rewrite /ar/missing'],
    ['an archive page with a leading zero', '/en/archive/02', 'rewrite /en/missing'],
    ['an archive page that is no number', '/en/archive/x', 'rewrite /en/missing'],
    ['the second page of a topic', '/en/topics/trade/2', 'next'],
    ['a topic page past the last', '/en/topics/trade/3', 'rewrite /en/missing'],
    ['a later page of an unknown topic', '/ar/topics/no-such-topic/2', 'rewrite /ar/missing'],
  ])('%s (%s): %s', (_name, path, expected) => {
    expect(outcome(request(path))).toBe(expected);
  });
});

describe('proxy.ts: everything else', () => {
  it('answers malformed percent-encoding with a 400 it explains, never a 500', async () => {
    const res = request('/ar/briefings/%ZZ');
    expect(res.status).toBe(400);
    expect(await res.text()).toBe('Bad Request: malformed percent-encoding in the URL\n');
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });

  it('lets Next’s own files through, percent signs and all', () => {
    expect(outcome(request('/_next/static/css/app/%5Blocale%5D/layout.css'))).toBe('next');
  });

  it.each([
    ['no preference', {}, '307 /ar'],
    ['an English reader', { 'accept-language': 'en-GB,en;q=0.9' }, '307 /en'],
    ['the cookie before Accept-Language', { 'accept-language': 'en', cookie: 'NEXT_LOCALE=ar' }, '307 /ar'],
  ])('redirects / for %s, kept out of shared caches', (_name, headers, expected) => {
    const res = request('/', headers);
    expect(outcome(res)).toBe(expected);
    expect(res.headers.get('cache-control')).toBe(cachePolicy.negotiated.cacheControl);
    expect(res.headers.get('vary')).toBe(cachePolicy.negotiated.vary);
  });

  it('redirects an unprefixed briefing path to its locale, the slug kept', () => {
    expect(outcome(request(`/briefings/${LEAD.slug}`, { 'accept-language': 'en' }))).toBe(`307 /en/briefings/${LEAD.slug}`);
  });
});
