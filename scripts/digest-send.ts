/**
 * `npm run digest:send -- --date YYYY-MM-DD [--locale ar|en]`: sends that
 * day's Daily Brief to every confirmed subscriber (lib/newsletter/send.ts)
 * through SMTP_URL, from the built content (run after `npm run build`).
 * Safe to run again: what was sent is not sent twice. Exit 1 when a
 * message failed (a rerun retries it), 2 for bad arguments.
 */
import { isLocale, locales, type Locale } from '../i18n/locales';
import { now } from '../lib/clock/clock.mjs';
import { isEditionDay } from '../lib/digest/edition';
import { DEV_SECRET_WARNING, LIMITS, newsletterConfig } from '../lib/newsletter/config';
import { openDb } from '../lib/newsletter/db';
import { pruneRateLimits } from '../lib/newsletter/store';
import { closeTransports } from '../lib/newsletter/mailer';
import { sendEdition } from '../lib/newsletter/send';
import { siteUrl } from '../lib/site/url';

function usage(message: string): never {
  console.error(`digest:send: ${message} — usage: npm run digest:send -- --date YYYY-MM-DD [--locale ${locales.join('|')}]`);
  process.exit(2);
}

const args = process.argv.slice(2);
let day: string | null = null;
let locale: Locale | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--date') day = args[++i] ?? null;
  else if (a === '--locale') {
    const l = args[++i] ?? '';
    if (!isLocale(l)) usage(`--locale "${l}" is not one of ${locales.join(', ')}`);
    locale = l;
  } else usage(`unknown argument "${a}"`);
}
if (!day) usage('--date is required');
if (!isEditionDay(day)) usage(`--date "${day}" is not a day (YYYY-MM-DD)`);

const base = siteUrl();
const config = newsletterConfig(process.env, base);
if (config.defaultSecret) console.warn(`digest:send: ${DEV_SECRET_WARNING}`);
if (!config.smtpUrl) console.warn('digest:send: SMTP_URL is not set: messages are printed, not sent.');
const db = await openDb();
const started = performance.now();
try {
  // The sign-up form's rate-limit buckets of windows long past: the daily run keeps the table small.
  await pruneRateLimits(db, now() - 2 * LIMITS.windowMs);
  const reports = await sendEdition({ day, locale, base, db, config, now, log: console.error });
  const seconds = (performance.now() - started) / 1000;
  for (const r of reports) {
    console.log(r.edition ? `digest:send ${day} ${r.locale}: ${r.sent} sent, ${r.skipped} already sent, ${r.failed} failed` : `digest:send ${day} ${r.locale}: no edition that day`);
  }
  const sent = reports.reduce((n, r) => n + r.sent, 0);
  // maxRSS: the process's peak resident memory, in kB (getrusage).
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(`digest:send: ${sent} messages in ${seconds.toFixed(1)} s (${(sent / Math.max(seconds, 0.001)).toFixed(0)} messages/s), peak memory ${peakMb.toFixed(0)} MB`);
  process.exitCode = reports.some((r) => r.failed > 0) ? 1 : 0;
} finally {
  closeTransports();
  await db.close();
}
