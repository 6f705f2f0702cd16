import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LIVE_FILE } from '../../lib/http/cache-policy.mjs';
import { RENDERED_DIR, SITE_DIR } from '../../lib/serve/files.mjs';

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
 * .next/static/, the served tree (scripts/support/site-tree.ts), our server
 * in front of Next (lib/serve/server.mjs) with the packages it imports, and
 * the briefings' sources.
 */
export function copyStandaloneAssets(projectDir: string, serverDir: string): void {
  cpSync(join(projectDir, 'public'), join(serverDir, 'public'), { recursive: true });
  cpSync(join(projectDir, '.next', 'static'), join(serverDir, '.next', 'static'), { recursive: true });
  rmSync(join(serverDir, '.next', SITE_DIR), { recursive: true, force: true });
  cpSync(join(projectDir, '.next', SITE_DIR), join(serverDir, '.next', SITE_DIR), { recursive: true });
  // Pages an earlier build's server rendered are not this build's.
  rmSync(join(serverDir, '.next', RENDERED_DIR), { recursive: true, force: true });
  // Our server, plain ESM run as it is, with what it imports; Next traces
  // only what server.js needs.
  for (const file of SERVE_FILES) cpSync(join(projectDir, file), join(serverDir, file));
  for (const pkg of SERVE_PACKAGES) cpSync(join(projectDir, 'node_modules', pkg), join(serverDir, 'node_modules', pkg), { recursive: true });
  // The briefings' sources: a long-tail briefing is compiled from its file on
  // its first request (lib/content/build-files.ts). next.config.mjs traces them
  // into the briefing route (outputFileTracingIncludes), which is what Vercel
  // and the standalone folder rely on (tests/e2e/next-start.test.ts); the
  // copy keeps `npm start` whole whatever a future trace holds.
  cpSync(join(projectDir, 'content', 'briefings'), join(serverDir, 'content', 'briefings'), { recursive: true });
  // The live briefings' table: our server ends their 30 s policy at live.end.
  const live = join(projectDir, LIVE_FILE);
  if (existsSync(live)) cpSync(live, join(serverDir, LIVE_FILE));
}

/** lib/serve/server.mjs and its imports: plain ESM, run as they are. */
export const SERVE_FILES = [
  ...['server.mjs', 'files.mjs', 'hot.mjs', 'memory.mjs', 'upstream.mjs', 'range.mjs', 'response-policy.mjs', 'per-query.mjs'].map((name) => `lib/serve/${name}`),
  ...['method-guard.mjs', 'encoding.mjs', 'header-rules.mjs', 'cache-policy.mjs', 'security-headers.mjs'].map((name) => `lib/http/${name}`),
  // The parser that takes Next's runtime out of a per-query page (lib/serve/per-query.mjs).
  'lib/html/strip-runtime.mjs',
  // The one clock and the publication schedule: a page's file is served until the next instant.
  'lib/clock/clock.mjs',
  'lib/clock/schedule.mjs',
  'lib/clock/zone.mjs',
];

/** sirv and its dependencies (package-lock.json pins them). */
export const SERVE_PACKAGES = ['sirv', '@polka/url', 'mrmime', 'totalist', 'parse5', 'entities'];
