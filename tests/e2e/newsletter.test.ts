import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signToken } from '../../lib/newsletter/tokens';
import { startPostgres } from '../../scripts/support/postgres';
import { startNext } from '../support/start-next';
import { header, startSmtp, type ReceivedMail } from '../../scripts/support/smtp';

const run = promisify(execFile);

/**
 * Issue 22's "done when": a real SMTP server on loopback, the built site
 * against it, and the whole life of a subscription — sign-up, confirmation
 * mail, confirmation, digest:send, the edition in the inbox with both parts
 * and both List-Unsubscribe headers, a second run that sends nothing, the
 * one-click unsubscribe, a third run that skips the address — on SQLite and
 * on PostgreSQL.
 */
const SECRET = 'e2e-newsletter-secret';
/** The built fixture site (tests/e2e/global-setup.ts): its server, and its content for digest:send. */
const siteDir = inject('siteDir');
let smtp: Awaited<ReturnType<typeof startSmtp>>;
beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(async () => {
  await smtp?.stop();
  smtp?.cleanup();
});

/** A link in a message, pointed at the server under test (mail carries the build's public origin). */
const local = (link: string, base: string) => {
  const u = new URL(link);
  return `${base}${u.pathname}${u.search}`;
};
const linkAfter = (text: string, prefix: string) => {
  const m = new RegExp(`https?://[^\\s\\u2069]*${prefix.replace(/[?]/g, '\\?')}[^\\s\\u2069]*`).exec(text);
  if (!m) throw new Error(`no link with ${prefix} in:\n${text}`);
  return m[0];
};

describe.each(['sqlite', 'postgres'] as const)('the Daily Brief by email, on %s', (kind) => {
  let base: string;
  let env: Record<string, string>;
  const stops: (() => unknown)[] = [];
  const address = `reader-${kind}@example.test`;
  let day: string;
  let editionUrls: string[];

  beforeAll(async () => {
    env = { SMTP_URL: smtp.url, NEWSLETTER_SECRET: SECRET, NEWSLETTER_FROM: 'Mawjaz <digest@mawjaz.test>' };
    if (kind === 'postgres') {
      const pg = await startPostgres();
      stops.push(pg.stop);
      env.DATABASE_URL = pg.url;
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'mawjaz-data-'));
      stops.push(() => rmSync(dir, { recursive: true, force: true }));
      env.MAWJAZ_DATA_DIR = dir;
    }
    const server = await startNext(siteDir, env);
    stops.unshift(server.stop);
    base = server.baseURL;
    // The newest Arabic edition, found at run time (no slug or day is written here).
    const feed = (await (await fetch(`${base}/ar/digest/feed.json`)).json()) as { items: { url: string; content_html: string }[] };
    day = new URL(feed.items[0]!.url).pathname.split('/').at(-1)!;
    editionUrls = [...feed.items[0]!.content_html.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!);
    expect(editionUrls.length).toBeGreaterThan(0);
  }, 120_000);
  afterAll(async () => {
    for (const stop of stops) await stop();
  });

  const post = (path: string, body: Record<string, string> | string, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base, ...headers },
      body: typeof body === 'string' ? body : new URLSearchParams(body).toString(),
    });
  const send = async (...args: string[]) => {
    const { stdout } = await run('npm', ['run', '-s', 'digest:send', '--', '--date', day, ...args], { cwd: siteDir, env: { ...process.env, ...env }, timeout: 60_000 });
    return stdout;
  };
  const mailTo = (n: number) =>
    smtp
      .messages()
      .filter((m) => m.to.includes(address))
      .slice(n);

  it('subscribe → confirmation mail → confirm → edition → no resend → one-click unsubscribe → skipped', async () => {
    // 1. The form, as a browser without JavaScript posts it.
    const signup = { email: address.toUpperCase(), source: 'home', website: '' };
    const c0 = smtp.count();
    const first = await post('/ar/newsletter/subscribe', signup);
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/ar/newsletter?state=sent');

    // 2. The confirmation mail, in Arabic, its link on a page whose button POSTs.
    await smtp.waitFor(c0 + 1);
    const [confirmation] = mailTo(0);
    expect(confirmation!.to).toEqual([address]);
    expect(header(confirmation!, 'content-language')).toBe('ar');
    const confirmText = confirmation!.parts['text/plain']!.content;
    const confirmLink = linkAfter(confirmText, '/ar/newsletter?confirm=');
    const page = await fetch(local(confirmLink, base));
    expect(page.status).toBe(200);
    const html = await page.text();
    const token = /name="token" value="([^"]+)"/.exec(html)?.[1];
    expect(token).toBeTruthy();
    expect(html).toContain('action="/ar/newsletter/confirm"');
    // A link that was changed does not confirm.
    const forged = await post('/ar/newsletter/confirm', { token: `${token!.slice(0, -3)}abc` });
    expect(forged.headers.get('location')).toBe('/ar/newsletter?state=invalid');
    const confirmed = await post('/ar/newsletter/confirm', { token: token!.replaceAll('&amp;', '&') });
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get('location')).toBe('/ar/newsletter?state=confirmed');

    // The same reply for an address already subscribed (no enumeration).
    const again = await post('/ar/newsletter/subscribe', signup);
    expect([again.status, again.headers.get('location')]).toEqual([first.status, first.headers.get('location')]);

    // 3. digest:send: the edition arrives with both parts and both List-Unsubscribe headers.
    const countBefore = smtp.count();
    expect(await send()).toMatch(new RegExp(`${day} ar: 1 sent, 0 already sent, 0 failed`));
    await smtp.waitFor(countBefore + 1);
    const edition = smtp
      .messages()
      .slice(countBefore)
      .find((m) => m.to.includes(address))!;
    expect(edition).toBeDefined();
    expect(header(edition, 'content-language')).toBe('ar');
    const listUnsubscribe = header(edition, 'list-unsubscribe')!;
    expect(listUnsubscribe).toMatch(/^<https?:\/\/[^>]+\/ar\/newsletter\/unsubscribe\?token=[^>]+>, <mailto:[^>]+>$/);
    expect(header(edition, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const text = edition.parts['text/plain']!;
    const htmlPart = edition.parts['text/html']!;
    expect(text.charset?.toLowerCase()).toBe('utf-8');
    expect(htmlPart.content).toMatch(/<html[^>]* dir="rtl"[^>]* lang="ar"|<html[^>]* lang="ar"[^>]* dir="rtl"/);
    // The same items in the same order, with the same absolute URLs, as the feed and page.
    const inHtml = [...new Set([...htmlPart.content.matchAll(/<a href="([^"]+\/briefings\/[^"]+)"/g)].map((m) => m[1]!))];
    expect(inHtml).toEqual(editionUrls);
    const inText = [...text.content.matchAll(/https?:\/\/\S+\/briefings\/[^\s\u2069]+/g)].map((m) => m[0]);
    expect(inText).toEqual(editionUrls);
    // The visible link goes to the manage page.
    expect(htmlPart.content).toMatch(/\/ar\/newsletter\?manage=/);

    // 4. A second run sends nothing.
    const countAfterFirst = smtp.count();
    expect(await send()).toMatch(new RegExp(`${day} ar: 0 sent, 1 already sent, 0 failed`));
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.count()).toBe(countAfterFirst);

    // 5. The one-click POST (RFC 8058), as a mail provider sends it: no Origin, no cookies.
    const oneClickUrl = /^<([^>]+)>/.exec(listUnsubscribe)![1]!;
    const oneClick = await fetch(local(oneClickUrl, base), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);

    // 6. The next send skips the address.
    expect(await send()).toMatch(new RegExp(`${day} ar: 0 sent, 0 already sent, 0 failed`));
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.count()).toBe(countAfterFirst);
  });

  it('refuses a post from another site, keeps bots out with the honeypot, and answers bad input with 4xx', async () => {
    const cross = await post('/en/newsletter/subscribe', { email: 'x@example.test' }, { origin: 'https://evil.example' });
    expect(cross.status).toBe(403);
    const count = smtp.count();
    const bot = await post('/en/newsletter/subscribe', { email: 'bot@example.test', website: 'http://spam.example' });
    expect([bot.status, bot.headers.get('location')]).toEqual([303, '/en/newsletter?state=sent']);
    const badAddress = await post('/en/newsletter/subscribe', { email: 'not-an-address' });
    expect(badAddress.headers.get('location')).toBe('/en/newsletter?state=bad-address');
    expect((await post('/en/newsletter/subscribe', '{"email":1}', { 'content-type': 'application/json' })).status).toBe(415);
    expect((await post('/en/newsletter/subscribe', `email=${'a'.repeat(10_000)}`)).status).toBe(413);
    expect((await fetch(`${base}/en/newsletter/subscribe`)).status).toBe(405);
    const badOneClick = await fetch(`${base}/en/newsletter/unsubscribe?token=forged.token`, {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(badOneClick.status).toBe(404);
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.count()).toBe(count);
  });

  it('changes language and unsubscribes from the manage page, and answers a data request from the command line', async () => {
    const email = `manage-${kind}@example.test`;
    const confirmToken = signToken({ purpose: 'confirm', email, locale: 'ar', source: 'edition', expires: Date.now() + 60_000 }, SECRET);
    expect((await post('/ar/newsletter/confirm', { token: confirmToken })).headers.get('location')).toBe('/ar/newsletter?state=confirmed');
    const cli = async (...args: string[]) => (await run('npm', ['run', '-s', 'newsletter', '--', ...args], { cwd: siteDir, env: { ...process.env, ...env } })).stdout;
    const exported = JSON.parse(await cli('export', email.toUpperCase())) as { subscriber: { locale: string; source: string; consentedAt: string } | null };
    expect(exported.subscriber).toMatchObject({ locale: 'ar', source: 'edition' });
    expect(Object.keys(exported.subscriber!).sort()).toEqual(['consentedAt', 'email', 'locale', 'source']);

    // The visible link of every edition: a manage token.
    const manage = signToken({ purpose: 'manage', email, locale: 'ar', source: 'edition', expires: null }, SECRET);
    const page = await (await fetch(`${base}/ar/newsletter?manage=${encodeURIComponent(manage)}`)).text();
    expect(page).toMatch(/<select[^>]*name="language"/);
    expect(page).toMatch(/<option value="ar"[^>]*selected=""/);
    expect(page).toContain(`<bdi dir="ltr">${email}</bdi>`);
    const changed = await post('/ar/newsletter/language', { token: manage, language: 'en' });
    expect(changed.headers.get('location')).toBe('/en/newsletter?state=language');
    expect(JSON.parse(await cli('export', email)).subscriber.locale).toBe('en');
    // Another language's manage link, or an unknown language, changes nothing.
    expect((await post('/ar/newsletter/language', { token: manage, language: 'fr' })).headers.get('location')).toBe('/ar/newsletter?state=invalid');
    expect((await post('/ar/newsletter/language', { token: confirmToken, language: 'ar' })).headers.get('location')).toBe('/ar/newsletter?state=invalid');

    // The manage page's unsubscribe button (a form post, not one-click): redirected to a page that says so.
    const gone = await post('/en/newsletter/unsubscribe', { token: manage });
    expect(gone.headers.get('location')).toBe('/ar/newsletter?state=unsubscribed');
    expect(JSON.parse(await cli('export', email)).subscriber).toBeNull();
    expect(await cli('delete', email)).toContain('nothing was kept');
    // GET on the List-Unsubscribe URL never unsubscribes: it shows the manage page.
    const get = await fetch(`${base}/ar/newsletter/unsubscribe?token=${encodeURIComponent(manage)}`, { redirect: 'manual' });
    expect([get.status, get.headers.get('location')]).toEqual([303, `/ar/newsletter?manage=${encodeURIComponent(manage)}`]);
  });

  it('limits confirmation mails per address, with the same reply', async () => {
    const count = smtp.count();
    const replies = [];
    for (let i = 0; i < 5; i++) {
      const r = await post('/en/newsletter/subscribe', { email: `limit-${kind}@example.test`, source: 'edition' });
      replies.push([r.status, r.headers.get('location')]);
    }
    expect(new Set(replies.map((r) => JSON.stringify(r))).size).toBe(1);
    await smtp.waitFor(count + 3);
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.messages().filter((m) => m.to.includes(`limit-${kind}@example.test`))).toHaveLength(3);
  });
});

export type { ReceivedMail };
