import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Share images kept from one build to the next, in .next/cache/ (which CI
 * and Vercel keep between builds). An image is drawn again only when what
 * it shows changes (its URL is a hash of that, ./card-input.ts) or what
 * draws it does (MAWJAZ_OG_RENDERER, a hash of the renderer's sources that
 * next.config.mjs inlines: ./renderer-fingerprint.mjs). Drawing one costs
 * ~90 ms of CPU; at 500 briefings the build drew 412, 19 s of its 73
 * (issue 13, measured with the images' static params left out).
 *
 * Only while `next build` runs: at run time Next caches what it renders.
 */
export type BuildCache = { dir: string; renderer: string | undefined; building: boolean };

const fromEnv = (): BuildCache => ({
  dir: join('.next', 'cache', 'mawjaz-og'),
  renderer: process.env.MAWJAZ_OG_RENDERER,
  building: process.env.NEXT_PHASE === 'phase-production-build',
});

/** Pure: the file an image of this URL path is kept in. */
export function keptImageFile(path: string, renderer: string, dir: string): string {
  return join(/* turbopackIgnore: true */ dir, renderer, encodeURIComponent(path.replace(/^\//, '')));
}

/** The image kept by an earlier build for this URL path, or null. */
export function keptImage(path: string, cache: BuildCache = fromEnv()): Uint8Array<ArrayBuffer> | null {
  if (!cache.building || !cache.renderer) return null;
  try {
    return new Uint8Array(readFileSync(/* turbopackIgnore: true */ keptImageFile(path, cache.renderer, cache.dir)));
  } catch {
    return null;
  }
}

/** Keeps an image drawn by this build for the next one. */
export function keepImage(path: string, png: ArrayBuffer, cache: BuildCache = fromEnv()): void {
  if (!cache.building || !cache.renderer) return;
  const file = keptImageFile(path, cache.renderer, cache.dir);
  try {
    mkdirSync(/* turbopackIgnore: true */ dirname(file), { recursive: true });
    writeFileSync(/* turbopackIgnore: true */ file, new Uint8Array(png));
  } catch {
    // A kept image saves time; failing to keep one must never fail the build.
  }
}
