import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { keptImageFile } from '../../lib/og/build-cache';
import { rendererFingerprint } from '../../lib/og/renderer-fingerprint.mjs';
import { LEAD, TOPIC } from '../support/fixture-site';

const baseURL = inject('baseURL');
const SITE = inject('siteDir');

function meta(html: string, key: string): string | null {
  const re = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`);
  return re.exec(html)?.[1]?.replace(/&amp;/g, '&') ?? null;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const pages = [
  [`/ar/briefings/${LEAD.slug}`, LEAD.title.ar],
  [`/en/briefings/${LEAD.slug}`, LEAD.title.en],
  ['/ar', null],
  [`/en/topics/${TOPIC}`, 'Semiconductors'],
] as const;

describe('share images (next start)', () => {
  it.each(pages)('%s points og:image and twitter:image at a 1200×630 PNG', async (path, alt) => {
    const html = await (await fetch(`${baseURL}${path}`)).text();
    const og = meta(html, 'og:image');
    expect(og).toMatch(/\/share-image\/[0-9a-f]{12}\.png$/);
    expect(meta(html, 'twitter:image')).toBe(og);
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'og:image:width')).toBe('1200');
    expect(meta(html, 'og:image:height')).toBe('630');
    if (alt) expect(meta(html, 'og:image:alt')?.replace(/&#x27;/g, "'")).toBe(alt);

    const image = new URL(og!).pathname;
    const res = await fetch(`${baseURL}${image}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(pngSize(new Uint8Array(await res.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
    // Prerendered by `next build`, not drawn on the first request.
    expect(existsSync(join(SITE, `.next/server/app${image}.body`))).toBe(true);
  });

  it('answers an outdated or made-up image id with 404', async () => {
    const res = await fetch(`${baseURL}/ar/briefings/${LEAD.slug}/share-image/000000000000.png`);
    expect(res.status).toBe(404);
  });
});

describe('share images kept for the next build (lib/og/build-cache.ts)', () => {
  it('the build kept every share image it prerendered, byte for byte', () => {
    const manifest = JSON.parse(readFileSync(join(SITE, '.next/prerender-manifest.json'), 'utf8')) as { routes: Record<string, unknown> };
    const images = Object.keys(manifest.routes).filter((route) => /\/share-image\/[0-9a-f]{12}\.png$/.test(route));
    expect(images.length).toBeGreaterThan(4);
    const dir = join(SITE, '.next', 'cache', 'mawjaz-og');
    const renderer = rendererFingerprint(SITE);
    expect(readdirSync(join(dir, renderer)).length).toBeGreaterThanOrEqual(images.length);
    for (const route of images) {
      const kept = readFileSync(keptImageFile(route, renderer, dir));
      expect(kept.equals(readFileSync(join(SITE, '.next', 'server', 'app', `${route}.body`))), route).toBe(true);
    }
  });
});
