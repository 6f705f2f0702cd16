/**
 * `npm run bench:digest [-- --subscribers 10000] [--postgres]`: sends the newest Arabic
 * edition of the built site (run `npm run build` first) to 10,000 generated
 * subscribers through a real SMTP server on loopback (Debian's
 * python3-aiosmtpd, scripts/support/smtp-server.py), with `npm run
 * digest:send` as production runs it, on SQLite in a temporary folder (or
 * with --postgres a throwaway cluster of Debian's postgresql on loopback). Prints
 * messages per second, the sender's peak memory, and checks that a second
 * run sends nothing.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultLocale } from '../../i18n/locales';
import { getEditionDays } from '../../lib/digest';
import { addSubscribers } from '../../lib/newsletter/bulk';
import { openDb } from '../../lib/newsletter/db';
import { startPostgres } from '../support/postgres';
import { startSmtp } from '../support/smtp';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const count = Number(arg('--subscribers') ?? 10_000);
const day = getEditionDays(defaultLocale)[0];
if (!day) throw new Error('bench:digest: the built site has no edition; run `npm run build` first');

const dir = mkdtempSync(join(tmpdir(), 'mawjaz-bench-digest-'));
const smtp = await startSmtp({ countOnly: true });
const pg = process.argv.includes('--postgres') ? await startPostgres() : null;
const env: NodeJS.ProcessEnv = { ...process.env, MAWJAZ_DATA_DIR: dir, SMTP_URL: smtp.url, NEWSLETTER_SECRET: 'bench-secret', ...(pg ? { DATABASE_URL: pg.url } : {}) };
if (!pg) delete env.DATABASE_URL;

function send(): Promise<{ out: string; seconds: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('npm', ['run', '-s', 'digest:send', '--', '--date', day!, '--locale', defaultLocale], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve({ out, seconds: (performance.now() - started) / 1000 }) : reject(new Error(`digest:send exited ${code}:\n${out}`))));
  });
}

try {
  const db = await openDb(env);
  await addSubscribers(
    db,
    Array.from({ length: count }, (_, i) => ({ email: `bench-${String(i).padStart(6, '0')}@example.test`, locale: defaultLocale, consentedAt: Date.now(), source: 'home' as const })),
  );
  await db.close();
  console.log(`bench:digest: ${count} subscribers (${defaultLocale}), edition ${day}, ${env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'}, SMTP ${smtp.url}`);
  const first = await send();
  await smtp.stop();
  const received = smtp.counted();
  const line = /digest:send: (\d+) messages in [\d.]+ s \((\d+) messages\/s\), peak memory (\d+) MB/.exec(first.out);
  if (!line || Number(line[1]) !== count || received.messages !== count)
    throw new Error(`bench:digest: expected ${count} messages, the sender says ${line?.[1]}, the SMTP server got ${received.messages}\n${first.out}`);
  console.log(`first run: ${count} messages in ${first.seconds.toFixed(1)} s wall (npm and tsx start included): ${(count / first.seconds).toFixed(0)} messages/s; sending alone ${line[2]} messages/s`);
  console.log(`peak memory of the sender: ${line[3]} MB; ${(received.bytes / count / 1024).toFixed(1)} kB per message on the wire`);
  const again = await send();
  if (!/ 0 sent, \d+ already sent/.test(again.out)) throw new Error(`bench:digest: the second run sent again:\n${again.out}`);
  console.log(`second run: nothing sent, ${again.seconds.toFixed(1)} s to check ${count} deliveries`);
} finally {
  await smtp.stop();
  smtp.cleanup();
  pg?.stop();
  rmSync(dir, { recursive: true, force: true });
}
