import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { E2E_SITE_DIR, fixtureSiteCopy } from '../support/fixture-site';
import { startNext } from '../support/start-next';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** The built copy of the project whose content is the fixture site (tests/support/fixture-site.ts). */
    siteDir: string;
  }
}

/**
 * Builds the FIXTURE SITE (tests/fixtures/site/content/, in a copy of the
 * project at .e2e/site: tests/support/fixture-site.ts) as `npm run build`
 * does, starts `next start` there, and hands its URL and folder to the
 * tests. Set E2E_SKIP_BUILD=1 to reuse the last build while working on the
 * tests themselves (the copy's content is then what it was built from).
 *
 * Only the newest briefing of each language is prerendered here
 * (MAWJAZ_PRERENDER_NEWEST), so that every test also meets briefings of the
 * long tail, rendered on their first request.
 */
export const PRERENDER_NEWEST_IN_TESTS = '1';
/** What `npm run build` printed, kept beside the build for tests/e2e/build-output.test.ts. */
export const BUILD_LOG = 'build.log';

export default async function setup(project: TestProject) {
  const reuse = process.env.E2E_SKIP_BUILD === '1' && existsSync(join(E2E_SITE_DIR, '.next', 'BUILD_ID'));
  if (!reuse) {
    const copy = fixtureSiteCopy('site');
    const build = spawnSync('npm', ['run', 'build'], {
      cwd: copy.dir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', MAWJAZ_PRERENDER_NEWEST: PRERENDER_NEWEST_IN_TESTS },
    });
    const output = `${build.stdout}\n${build.stderr}`;
    process.stdout.write(output);
    writeFileSync(join(copy.dir, BUILD_LOG), output);
    if (build.status !== 0) throw new Error(`the fixture site's build failed (exit ${build.status}); its output is above`);
  }
  const server = await startNext(E2E_SITE_DIR);
  project.provide('baseURL', server.baseURL);
  project.provide('siteDir', E2E_SITE_DIR);
  return server.stop;
}
