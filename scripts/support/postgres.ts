import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './server';

/** Debian's PostgreSQL 15 (`apt-get install postgresql`; .ci/run installs it). */
export const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

/**
 * A throwaway PostgreSQL cluster on loopback, for one test file: initdb in a
 * temporary folder, started on a free port, trust authentication on
 * 127.0.0.1 only, no unix socket outside the folder. initdb refuses to run
 * as root, so as root (CI) the cluster is made and run by Debian's
 * `postgres` user through runuser.
 */
export async function startPostgres(): Promise<{ url: string; stop: () => void }> {
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'mawjaz-pg-'));
  if (root) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const run = (bin: string, args: string[]) =>
    execFileSync(root ? 'runuser' : join(PG_BIN, bin), root ? ['-u', 'postgres', '--', join(PG_BIN, bin), ...args] : args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
  const data = join(dir, 'data');
  const port = await freePort();
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'mawjaz', '-E', 'UTF8', '--locale=C', '--no-sync']);
  run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', '-o', `-h 127.0.0.1 -p ${port} -k ${dir} -F`, 'start']);
  return {
    url: `postgres://mawjaz@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
