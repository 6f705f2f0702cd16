import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './server';

/** One message as the SMTP server received it (./smtp-server.py). */
export type ReceivedMail = {
  from: string;
  to: string[];
  headers: [string, string][];
  parts: Partial<Record<'text/plain' | 'text/html', { content: string; charset: string | null; bytes: number }>>;
  size: number;
};

export const header = (m: ReceivedMail, name: string) => m.headers.find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1]?.trim() ?? null;

/**
 * A real SMTP server on loopback (Debian's python3-aiosmtpd; .ci/run
 * installs it), keeping every message it accepts for the test to read.
 */
export async function startSmtp(options: { countOnly?: boolean } = {}) {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'mawjaz-smtp-'));
  // Debian's python, where python3-aiosmtpd installs (a pyenv shim earlier on PATH lacks it).
  const child = spawn(process.env.SMTP_PYTHON ?? '/usr/bin/python3', [join(import.meta.dirname, 'smtp-server.py'), String(port), dir, ...(options.countOnly ? ['--count-only'] : [])], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`SMTP server did not start: ${output}`)), 15_000);
    child.stdout.on('data', (d) => {
      output += d;
      if (output.includes('ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => reject(new Error(`SMTP server exited (${code}): ${output}`)));
  });
  const files = () =>
    readdirSync(dir)
      .filter((f) => /^\d+\.json$/.test(f))
      .sort();
  return {
    url: `smtp://127.0.0.1:${port}`,
    pid: child.pid!,
    /** Every message so far, in arrival order. */
    messages: (): ReceivedMail[] => files().map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as ReceivedMail),
    count: () => files().length,
    /** With countOnly: messages and bytes so far (written every 100 and at stop). */
    counted: (): { messages: number; bytes: number } => {
      const file = join(dir, 'count');
      const [m, b] = existsSync(file) ? readFileSync(file, 'utf8').trim().split(' ').map(Number) : [0, 0];
      return { messages: m ?? 0, bytes: b ?? 0 };
    },
    /** Waits until `n` messages have arrived in all. */
    waitFor: async (n: number, timeoutMs = 20_000): Promise<ReceivedMail[]> => {
      const end = Date.now() + timeoutMs;
      while (files().length < n) {
        if (Date.now() > end) throw new Error(`expected ${n} messages, got ${files().length}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      return files().map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as ReceivedMail);
    },
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
