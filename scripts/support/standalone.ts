import { cpSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The folder of .next/standalone that holds server.js: the top, unless the
 * build traced from a folder above the project (then the project's path is
 * repeated inside). Null when there is no standalone output.
 */
export function standaloneServerDir(projectDir: string): string | null {
  const root = join(projectDir, '.next', 'standalone');
  const queue = [root];
  while (queue.length > 0) {
    const dir = queue.shift()!;
    if (!existsSync(dir)) continue;
    if (existsSync(join(dir, 'server.js')) && existsSync(join(dir, '.next'))) return dir;
    for (const entry of readdirSync(dir)) {
      if (entry === 'node_modules' || entry === '.next') continue;
      const path = join(dir, entry);
      if (statSync(path).isDirectory() && relative(root, path).split('/').length <= 6) queue.push(path);
    }
  }
  return null;
}

/**
 * What Next leaves for us to copy beside server.js (it expects a CDN to
 * serve them, but serves them itself when present): public/ and
 * .next/static/ (the Dockerfile copies those too), the server in front of
 * Next (lib/http/front.mjs) and the briefings' sources.
 */
export function copyStandaloneAssets(projectDir: string, serverDir: string): void {
  cpSync(join(projectDir, 'public'), join(serverDir, 'public'), { recursive: true });
  cpSync(join(projectDir, '.next', 'static'), join(serverDir, '.next', 'static'), { recursive: true });
  // The front `node --import` loads before server.js, with what it imports.
  for (const file of FRONT_FILES) cpSync(join(projectDir, file), join(serverDir, file));
  // The briefings' sources: a long-tail briefing is compiled from its file on
  // its first request (lib/content/store.ts). next.config.mjs traces them
  // into the briefing route (outputFileTracingIncludes), which is what Vercel
  // and the standalone folder rely on (tests/e2e/next-start.test.ts); the
  // copy keeps `npm start` whole whatever a future trace holds.
  cpSync(join(projectDir, 'content', 'briefings'), join(serverDir, 'content', 'briefings'), { recursive: true });
}

/** lib/http/front-preload.mjs and its imports: plain ESM, run as they are. */
export const FRONT_FILES = [
  ...[
    'front-preload.mjs',
    'front.mjs',
    'front-rules.mjs',
    'method-guard.mjs',
    'page-runtime.mjs',
    'encoding.mjs',
    'response-cache.mjs',
    'header-rules.mjs',
    'cache-policy.mjs',
    'security-headers.mjs',
  ].map((name) => `lib/http/${name}`),
  // The one clock and the publication schedule: the front expires its copies at each instant.
  'lib/clock/clock.mjs',
  'lib/clock/schedule.mjs',
  'lib/clock/zone.mjs',
];
