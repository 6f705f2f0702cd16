import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { freePort, SERVE_ENTRY, waitForServer } from '../../scripts/support/server';
import { standaloneServerDir } from '../../scripts/support/standalone';

/**
 * The standalone server of a built copy of the project (what `npm start`
 * runs: our server, lib/serve/, in front of Next), on a free loopback port; under Debian's
 * `faketime` when `fakeAt` is given (its clock starts there and runs at
 * real speed, or `speed` times as fast; timers stay on real time).
 * `ownFiles`: serve from a copy of the build's standalone folder, removed
 * on stop, so that what this server renders and keeps (under its faked
 * clock, or its cache mode) never reaches another server of the same build.
 */
export async function startCopyServer(projectDir: string, options: { fakeAt?: number; speed?: number; env?: Record<string, string>; ownFiles?: boolean } = {}) {
  let root = projectDir;
  if (options.ownFiles) {
    root = mkdtempSync(join(dirname(projectDir), 'standalone-'));
    cpSync(join(projectDir, '.next', 'standalone'), join(root, '.next', 'standalone'), { recursive: true, verbatimSymlinks: true });
  }
  const removeCopy = () => {
    if (root !== projectDir) rmSync(root, { recursive: true, force: true });
  };
  const serverDir = standaloneServerDir(root);
  if (!serverDir) {
    removeCopy();
    throw new Error(`no .next/standalone/server.js in ${projectDir}`);
  }
  const port = await freePort();
  const node = [process.execPath, join(serverDir, SERVE_ENTRY)];
  const fakeStart = (t: number) => `@${new Date(t).toISOString().slice(0, 19).replace('T', ' ')}${options.speed ? ` x${options.speed}` : ''}`;
  const [command, ...args] = options.fakeAt === undefined ? node : ['faketime', '-f', fakeStart(options.fakeAt), ...node];
  const child = spawn(command!, args, {
    cwd: serverDir,
    env: {
      PATH: process.env.PATH,
      TZ: 'UTC',
      FAKETIME_DONT_FAKE_MONOTONIC: '1',
      NODE_ENV: 'production',
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      NEXT_TELEMETRY_DISABLED: '1',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
      await new Promise((r) => setTimeout(r, 300));
    }
    removeCopy();
  };
  try {
    await waitForServer(base, 60_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return { base, stop, output: () => output };
}
