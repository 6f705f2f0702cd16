import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepImage, keptImage, keptImageFile, type BuildCache } from './build-cache';
import { pageCard, shareImageId } from './card-input';
import type { ShareImage } from './share-images';

// The site's names come from next-intl's server API, which needs a request;
// the names themselves are not what is tested here.
vi.mock('@/lib/site/identity', async (original) => ({
  ...(await original<typeof import('@/lib/site/identity')>()),
  siteNameTable: async () => ({ ar: 'موجز', en: 'Mawjaz' }),
}));
const { shareImageRoute } = await import('./route');

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const cacheIn = (overrides: Partial<BuildCache> = {}): BuildCache => {
  const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
  dirs.push(dir);
  return { dir, renderer: 'r1', building: true, ...overrides };
};
const PATH = '/en/briefings/some-briefing/share-image/0123456789ab.png';
const png = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

describe('keptImageFile', () => {
  it('is one file per URL path, under the renderer', () => {
    expect(keptImageFile(PATH, 'r1', '/c')).toBe('/c/r1/en%2Fbriefings%2Fsome-briefing%2Fshare-image%2F0123456789ab.png');
    expect(keptImageFile(PATH, 'r2', '/c')).not.toBe(keptImageFile(PATH, 'r1', '/c'));
  });
});

describe('keepImage and keptImage', () => {
  it('give back what a build kept', () => {
    const cache = cacheIn();
    expect(keptImage(PATH, cache)).toBeNull();
    keepImage(PATH, png('drawn'), cache);
    expect(new TextDecoder().decode(keptImage(PATH, cache)!)).toBe('drawn');
  });

  it('keep nothing for another renderer, or outside a build, or without a renderer', () => {
    const cache = cacheIn();
    keepImage(PATH, png('drawn'), cache);
    expect(keptImage(PATH, { ...cache, renderer: 'r2' })).toBeNull();
    expect(keptImage(PATH, { ...cache, building: false })).toBeNull();
    expect(keptImage(PATH, { ...cache, renderer: undefined })).toBeNull();
    const other = cacheIn({ building: false });
    keepImage(PATH, png('drawn'), other);
    expect(existsSync(keptImageFile(PATH, 'r1', other.dir))).toBe(false);
  });
});

describe('a share-image route during a build', () => {
  const input = pageCard('Mawjaz', 'en');
  const id = `${shareImageId(input)}.png`;
  const image: ShareImage = { params: { locale: 'en', id }, input, path: `/en/share-image/${id}` };
  const get = (cache: BuildCache) =>
    shareImageRoute(
      () => [image],
      () => image,
      cache,
    ).GET(new Request(`http://x${image.path}`), { params: Promise.resolve({ locale: 'en', id }) });

  it('draws an image once and keeps it; the next build sends the kept one', async () => {
    const cache = cacheIn();
    const drawn = await get(cache);
    expect(drawn.headers.get('content-type')).toBe('image/png');
    const bytes = new Uint8Array(await drawn.arrayBuffer());
    expect(bytes.length).toBeGreaterThan(10_000);
    expect(new Uint8Array(readFileSync(keptImageFile(image.path, 'r1', cache.dir)))).toEqual(bytes);

    // What the next build finds there is sent as it is, without drawing.
    const file = keptImageFile(image.path, 'r1', cache.dir);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, 'kept');
    const kept = await get(cache);
    expect(await kept.text()).toBe('kept');
    expect(kept.headers.get('content-type')).toBe('image/png');
    expect(kept.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('draws again when the renderer changed', async () => {
    const cache = cacheIn();
    const file = keptImageFile(image.path, 'r1', cache.dir);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, 'kept');
    const drawn = await get({ ...cache, renderer: 'r2' });
    expect((await drawn.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
  });
});
