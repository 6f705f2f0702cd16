import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { startNext } from '../support/server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/**
 * Builds the site as `npm run build` does, starts `next start`, and hands
 * its URL to the tests. Set E2E_SKIP_BUILD=1 to reuse an existing build
 * while working on the tests themselves.
 *
 * Only the newest briefing of each language is prerendered here
 * (MAWJAZ_PRERENDER_NEWEST), so that every test also
 * meets briefings of the long tail, rendered on their first request.
 */
export const PRERENDER_NEWEST_IN_TESTS = '1';

export default async function setup(project: TestProject) {
  if (process.env.E2E_SKIP_BUILD !== '1') {
    execFileSync('npm', ['run', 'build'], {
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', MAWJAZ_PRERENDER_NEWEST: PRERENDER_NEWEST_IN_TESTS },
    });
  }
  const server = await startNext();
  project.provide('baseURL', server.baseURL);
  return server.stop;
}
