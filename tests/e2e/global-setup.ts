import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { startNext } from '../support/server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/**
 * Builds the site exactly as `npm run build` does, starts `next start`, and
 * hands its URL to the tests. Set E2E_SKIP_BUILD=1 to reuse an existing build
 * while working on the tests themselves.
 */
export default async function setup(project: TestProject) {
  if (process.env.E2E_SKIP_BUILD !== '1') {
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  }
  const server = await startNext();
  project.provide('baseURL', server.baseURL);
  return server.stop;
}
