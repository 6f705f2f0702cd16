import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { ASSETS, PAGES, SITE_DIR } from '../../lib/serve/files.mjs';

/**
 * The served tree (lib/serve/files.mjs), written after `next build`:
 * `.next/mawjaz-site/files/` holds public/ and `_next/static/` by their URL,
 * `.next/mawjaz-site/pages/` every page prerendered with status 200 by its
 * path plus `.html`; each text file gets a Brotli (quality 11) and a gzip
 * (level 9) copy beside it, compressed once here rather than per request.
 */

type Route = { routeType?: string; initialStatus?: number; srcRoute?: string | null };

/**
 * Pure: whether a prerendered route is a page the files may answer: a page
 * (not a route handler), status 200, not an internal view (`_not-found`,
 * `_global-error`, the 404 view read by the 404 document).
 */
export function isServedPage(path: string, route: Route): boolean {
  if (route.routeType !== 'page') return false;
  if ((route.initialStatus ?? 200) !== 200) return false;
  if (path.split('/').some((segment) => segment.startsWith('_'))) return false;
  return !/\/not-found-view$/.test(route.srcRoute ?? path) && !/\/not-found-view$/.test(path);
}

/** Text worth compressing, by extension; images and fonts are compressed already. */
const COMPRESSIBLE = /\.(?:html|css|js|mjs|json|map|svg|xml|txt|ico|webmanifest)$/i;

/** Pure: whether a file of this name and size gets compressed copies. */
export const isCompressibleFile = (name: string, size: number) => size >= 256 && COMPRESSIBLE.test(name);

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Writes `file.br` and `file.gz` beside `file`, each only when smaller than it. */
export async function compressBeside(file: string): Promise<void> {
  const body = readFileSync(file);
  const [br, gz] = await Promise.all([brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }), gzip(body, { level: 9 })]);
  if (br.length < body.length) writeFileSync(`${file}.br`, br);
  if (gz.length < body.length) writeFileSync(`${file}.gz`, gz);
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Runs `fn` over `items`, `width` at a time (zlib works in libuv's pool). */
async function each<T>(items: T[], fn: (item: T) => Promise<void>, width = 4): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

/** Writes the served tree into `distDir` (a build's .next) from the build and public/; returns what it holds. */
export async function writeSiteTree(projectDir: string, distDir = join(projectDir, '.next')): Promise<{ pages: number; files: number; compressed: number }> {
  const root = join(distDir, SITE_DIR);
  rmSync(root, { recursive: true, force: true });
  const assets = join(root, ASSETS);
  cpSync(join(projectDir, 'public'), assets, { recursive: true });
  cpSync(join(distDir, 'static'), join(assets, '_next', 'static'), { recursive: true });
  const manifest = JSON.parse(readFileSync(join(distDir, 'prerender-manifest.json'), 'utf8')) as { routes: Record<string, Route> };
  let pages = 0;
  for (const [path, route] of Object.entries(manifest.routes)) {
    const html = join(distDir, 'server', 'app', `${path}.html`);
    if (!isServedPage(path, route) || !existsSync(html)) continue;
    const target = join(root, PAGES, `${path}.html`);
    mkdirSync(dirname(target), { recursive: true });
    cpSync(html, target);
    pages++;
  }
  const all = [...walk(root)];
  const text = all.filter((f) => isCompressibleFile(f, statSync(f).size));
  await each(text, compressBeside);
  return { pages, files: all.length, compressed: text.length };
}

/** The served tree's path relative to the project, for messages. */
export const siteTreeOf = (projectDir: string) => relative(projectDir, join(projectDir, '.next', SITE_DIR));

/**
 * A briefing of the build prerendered as a file, and one of the long tail
 * (in the index, not prerendered): read from the build, never named.
 */
export function builtSlugs(projectDir: string, locale: string): { prerendered: string; longTail: string } {
  const dir = join(projectDir, '.next', SITE_DIR, PAGES, locale, 'briefings');
  const prerendered = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -5))
    .sort();
  const all = (JSON.parse(readFileSync(join(projectDir, '.contentlayer', 'mawjaz', 'briefings.json'), 'utf8')) as { locale: string; slug: string }[])
    .filter((b) => b.locale === locale)
    .map((b) => b.slug);
  const longTail = all.find((s) => !prerendered.includes(s));
  if (!prerendered[0] || !longTail) throw new Error(`the build has no prerendered and long-tail briefing in ${locale} (build with MAWJAZ_PRERENDER_NEWEST=1)`);
  return { prerendered: prerendered[0], longTail };
}
