import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { defaultLocale } from '../../i18n/locales';
import { addSubscribers } from '../../lib/newsletter/bulk';
import { openDb } from '../../lib/newsletter/db';
import { startSmtp } from '../../scripts/support/smtp';

/**
 * A digest:send killed half-way (SIGKILL: no chance to clean up) resumes
 * where it stopped: the next run sends to everyone the first did not reach,
 * and nobody gets the edition twice except, at most, the messages that were
 * in flight at the kill (the sender's concurrency, 8).
 */
const SUBSCRIBERS = 300;
/** The built fixture site (tests/e2e/global-setup.ts), whose content digest:send reads. */
const siteDir = inject('siteDir');
const baseURL = inject('baseURL');
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let dir: string;
let env: NodeJS.ProcessEnv;
let day: string;

beforeAll(async () => {
  smtp = await startSmtp();
  dir = mkdtempSync(join(tmpdir(), 'mawjaz-resume-'));
  env = { ...process.env, MAWJAZ_DATA_DIR: dir, SMTP_URL: smtp.url, NEWSLETTER_SECRET: 'resume-secret' };
  // The newest edition, as the site's own feed of editions says.
  const feed = (await (await fetch(`${baseURL}/${defaultLocale}/digest/feed.json`)).json()) as { items: { url: string }[] };
  day = feed.items[0]!.url.split('/').at(-1)!;
  const db = await openDb(env);
  await addSubscribers(
    db,
    Array.from({ length: SUBSCRIBERS }, (_, i) => ({ email: `r${String(i).padStart(4, '0')}@example.test`, locale: defaultLocale, consentedAt: 1, source: 'home' as const })),
  );
  await db.close();
});
afterAll(async () => {
  await smtp?.stop();
  smtp?.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

function send(killAfter?: number): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '-s', 'digest:send', '--', '--date', day, '--locale', defaultLocale], { cwd: siteDir, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer =
      killAfter === undefined
        ? null
        : setInterval(() => {
            if (smtp.count() >= killAfter) {
              // The whole group: npm, its shell, tsx and node.
              process.kill(-child.pid!, 'SIGKILL');
            }
          }, 5);
    child.on('exit', () => {
      if (timer) clearInterval(timer);
      resolve(out);
    });
  });
}

describe('digest:send killed half-way', () => {
  it('resumes where it stopped, and a third run sends nothing', async () => {
    await send(SUBSCRIBERS / 3);
    await new Promise((r) => setTimeout(r, 300));
    const afterKill = smtp.count();
    expect(afterKill).toBeGreaterThanOrEqual(SUBSCRIBERS / 3);
    expect(afterKill).toBeLessThan(SUBSCRIBERS);

    const second = await send();
    const sent = Number(/ (\d+) sent, (\d+) already sent, 0 failed/.exec(second)?.[1]);
    const skipped = Number(/ (\d+) sent, (\d+) already sent, 0 failed/.exec(second)?.[2]);
    expect(sent + skipped).toBe(SUBSCRIBERS);
    expect(skipped).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 300));

    const byRecipient = new Map<string, number>();
    for (const m of smtp.messages()) for (const to of m.to) byRecipient.set(to, (byRecipient.get(to) ?? 0) + 1);
    // Everyone has it…
    expect(byRecipient.size).toBe(SUBSCRIBERS);
    // …and at most the messages in flight at the kill went twice.
    const twice = [...byRecipient.values()].filter((n) => n > 1).length;
    expect(twice).toBeLessThanOrEqual(8);
    expect(smtp.count()).toBe(SUBSCRIBERS + twice);

    const third = await send();
    expect(third).toMatch(new RegExp(` 0 sent, ${SUBSCRIBERS} already sent, 0 failed`));
  });
});
