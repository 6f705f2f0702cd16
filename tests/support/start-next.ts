import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort, SERVE_ENTRY, waitForServer } from '../../scripts/support/server';
import { standaloneServerDir } from '../../scripts/support/standalone';

export { freePort, waitForServer };

/**
 * The production build in `cwd` on a free port, as `npm start` and the
 * Docker image run it: our server (lib/serve/server.mjs) in front of Next's
 * standalone server. `bare: true` runs `next start` alone instead, for the
 * tests that read what Next's own cache did (x-nextjs-cache, which our
 * server never sends on).
 */
export async function startNext(cwd = process.cwd(), env: Record<string, string> = {}, options: { bare?: boolean } = {}): Promise<{ baseURL: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const serverDir = options.bare ? null : standaloneServerDir(cwd);
  if (!options.bare && !serverDir) throw new Error(`no standalone build in ${cwd}/.next/standalone (npm run build)`);
  const args = options.bare ? ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'] : [join(serverDir!, SERVE_ENTRY)];
  const child: ChildProcess = spawn('node', args, {
    cwd,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
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
      // The group: our server starts Next's server.js, next start a next-server.
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
      await new Promise((r) => setTimeout(r, 300));
    },
  };
}
