import { spawn, type ChildProcess } from 'node:child_process';
import { freePort, frontNodeOptions, waitForServer } from '../../scripts/support/server';

export { freePort, waitForServer };

/**
 * `next start` of the production build in .next, on a free port, behind
 * the front, as `npm run start:next` and `npm start` run it
 * (lib/http/front.mjs).
 */
export async function startNext(
  cwd = process.cwd(),
  env: Record<string, string> = {},
): Promise<{ baseURL: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn('node', ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: frontNodeOptions(cwd),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const baseURL = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(baseURL);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return {
    baseURL,
    stop: async () => {
      if (child.exitCode !== null) return;
      // The group: next start forks a next-server child.
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
      await new Promise((r) => setTimeout(r, 300));
    },
  };
}
