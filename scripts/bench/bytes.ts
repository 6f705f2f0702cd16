import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runInNewContext } from 'node:vm';
import type { Browser } from 'playwright-core';

/**
 * Bytes a page costs as Chromium loads it: every response's encoded body
 * size (what went over the wire, after gzip; headers excluded), from
 * playwright's request.sizes() (CDP Network.loadingFinished underneath),
 * split by kind.
 *
 * JavaScript is split into framework and ours by this rule, read from the
 * build's own manifests (never from file names, which are hashes):
 *   - framework: Next's bootstrap chunks (build-manifest.json rootMainFiles
 *     and polyfillFiles: React, React DOM, the Next router and the Turbopack
 *     runtime), and any chunk whose client modules, in every page's
 *     *_client-reference-manifest.js, all come from node_modules/next/,
 *     node_modules/react/ or node_modules/react-dom/;
 *   - ours: any other chunk, i.e. one that carries at least one client module
 *     of the app or of another package (a 'use client' component of ours,
 *     next-intl's provider…), or that no manifest explains.
 */

export type ByteKind = 'html' | 'css' | 'js-framework' | 'js-ours' | 'font' | 'image' | 'other';
export const BYTE_KINDS: ByteKind[] = ['html', 'css', 'js-framework', 'js-ours', 'font', 'image', 'other'];

export type ChunkOwners = {
  /** Chunk paths (static/chunks/…) that are Next's bootstrap. */
  bootstrap: Set<string>;
  /** Chunk path → the client modules the manifests place in it. */
  modules: Map<string, Set<string>>;
};

const FRAMEWORK_MODULE = /(^|\/)node_modules\/(next|react|react-dom|scheduler)\//;

/** Pure: framework or ours, for a chunk path such as `static/chunks/0m3m.js` or `/_next/static/chunks/0m3m.js`. */
export function classifyChunk(path: string, owners: ChunkOwners): 'js-framework' | 'js-ours' {
  const key = path
    .replace(/^.*?\/_next\//, '')
    .replace(/^\//, '')
    .replace(/\?.*$/, '');
  if (owners.bootstrap.has(key)) return 'js-framework';
  const modules = owners.modules.get(key);
  if (modules && modules.size > 0 && [...modules].every((m) => FRAMEWORK_MODULE.test(m))) return 'js-framework';
  return 'js-ours';
}

type ClientManifest = {
  clientModules: Record<string, { chunks: string[] }>;
  entryJSFiles?: Record<string, string[]>;
};

/** Every *_client-reference-manifest.js under .next/server/app, evaluated in a sandbox. */
export function readClientManifests(dir: string): Record<string, ClientManifest> {
  const root = join(dir, '.next', 'server', 'app');
  const out: Record<string, ClientManifest> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('_client-reference-manifest.js')) {
        const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, ClientManifest> } = {};
        sandbox.globalThis = sandbox;
        runInNewContext(readFileSync(full, 'utf8'), sandbox, { filename: relative(dir, full) });
        Object.assign(out, sandbox.__RSC_MANIFEST ?? {});
      }
    }
  };
  walk(root);
  return out;
}

export function readChunkOwners(dir: string): ChunkOwners {
  const build = JSON.parse(readFileSync(join(dir, '.next', 'build-manifest.json'), 'utf8')) as {
    rootMainFiles?: string[];
    polyfillFiles?: string[];
  };
  const owners: ChunkOwners = { bootstrap: new Set([...(build.rootMainFiles ?? []), ...(build.polyfillFiles ?? [])]), modules: new Map() };
  for (const manifest of Object.values(readClientManifests(dir))) {
    for (const [module, entry] of Object.entries(manifest.clientModules)) {
      for (const chunk of entry.chunks) {
        const key = chunk.replace(/^\/?_next\//, '').replace(/^\//, '');
        if (!owners.modules.has(key)) owners.modules.set(key, new Set());
        owners.modules.get(key)!.add(module.replace(/^\[project\]\//, ''));
      }
    }
  }
  return owners;
}

export type LoadedResource = { url: string; type: string; mime: string; status: number; bytes: number };

/** Pure: which kind a loaded resource is. */
export function kindOf(r: Pick<LoadedResource, 'url' | 'type' | 'mime'>, owners: ChunkOwners): ByteKind {
  if (r.type === 'document') return 'html';
  if (r.type === 'stylesheet' || r.mime === 'text/css') return 'css';
  if (r.type === 'script' || /javascript/.test(r.mime)) return classifyChunk(new URL(r.url).pathname, owners);
  if (r.type === 'font' || /^font\/|woff2?$/.test(r.mime)) return 'font';
  if (r.type === 'image' || r.mime.startsWith('image/')) return 'image';
  return 'other';
}

export type PageBytes = { url: string; byKind: Record<ByteKind, number>; total: number; resources: (LoadedResource & { kind: ByteKind })[] };

/** Pure: sums by kind. */
export function sumBytes(url: string, resources: LoadedResource[], owners: ChunkOwners): PageBytes {
  const byKind = Object.fromEntries(BYTE_KINDS.map((k) => [k, 0])) as Record<ByteKind, number>;
  const classified = resources.map((r) => ({ ...r, kind: kindOf(r, owners) }));
  for (const r of classified) byKind[r.kind] += r.bytes;
  return { url, byKind, total: classified.reduce((s, r) => s + r.bytes, 0), resources: classified };
}

/** Loads a page in a fresh context (empty cache), waits for the network to go idle, and records every response. */
export async function loadPageBytes(browser: Browser, url: string, owners: ChunkOwners, headers: Record<string, string> = {}): Promise<PageBytes> {
  // `headers`: request headers of every request, such as `Save-Data: on` (lite mode).
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1, extraHTTPHeaders: headers });
  const page = await context.newPage();
  const pending: Promise<LoadedResource | null>[] = [];
  page.on('requestfinished', (request) => {
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response) return null;
        const sizes = await request.sizes();
        return {
          url: request.url(),
          type: request.resourceType(),
          mime: (response.headers()['content-type'] ?? '').split(';')[0]!.trim(),
          status: response.status(),
          bytes: sizes.responseBodySize,
        };
      })().catch(() => null),
    );
  });
  try {
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    if (!response || response.status() !== 200) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
    // Fonts and late chunks settle after load: give them a moment.
    await page.waitForTimeout(500);
    const resources = (await Promise.all(pending)).filter((r): r is LoadedResource => r !== null);
    return sumBytes(url, resources, owners);
  } finally {
    await context.close();
  }
}
