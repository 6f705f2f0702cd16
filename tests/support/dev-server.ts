import { spawn } from 'node:child_process';
import { freePort, waitForServer } from './start-next';

export type DevServer = {
  baseURL: string;
  /** The process group's id. */
  pid: number;
  /** Everything the preview printed so far (contentlayer, the content check, next dev). */
  output: () => string;
  /** Stops the whole process group (npm, tsx, contentlayer2 dev, next dev and its workers). */
  stop: () => Promise<void>;
};

/**
 * `npm run dev` in the project at `cwd`, on a free port of 127.0.0.1, as an
 * editor starts it. It runs in its own process group, which `stop` ends
 * whole: npm, scripts/dev.ts, contentlayer2 dev and next dev with its workers.
 */
export async function startDev(cwd: string): Promise<DevServer> {
  const port = await freePort();
  const child = spawn('npm', ['run', 'dev', '--', '-p', String(port), '-H', '127.0.0.1'], {
    cwd,
    env: { ...process.env, NODE_ENV: 'development', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // the group is gone
    }
  };
  const stop = async () => {
    signal('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    // Whatever ignored SIGTERM (next dev's workers) goes now.
    signal('SIGKILL');
    for (let i = 0; i < 50 && groupAlive(child.pid!); i++) await new Promise((r) => setTimeout(r, 100));
  };

  const baseURL = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(baseURL, 120_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return { baseURL, pid: child.pid!, output: () => output, stop };
}

/** Whether any process of a group is still alive. */
export function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}
