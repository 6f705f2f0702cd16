import { locales, type Locale } from '@/i18n/locales';
import { getEdition } from '@/lib/digest';
import type { NewsletterConfig } from './config';
import type { Db } from './db';
import { emailWords, messageFor, prepareEdition, type PreparedEdition } from './edition-message';
import { sendMail } from './mailer';
import { deliveredAmong, pseudonym, recordDelivery, subscribersPage } from './store';
import { signToken } from './tokens';
import { translator } from './translate';

/**
 * `npm run digest:send`: one day's edition to every confirmed subscriber,
 * each in their own language. The delivery log is the memory of a run:
 * a message is recorded as soon as the SMTP server accepts it, and
 * everyone already recorded for the day is skipped, so a second run sends
 * nothing and a run killed half-way resumes where it stopped (at most the
 * messages in flight at the kill go again, with the same Message-ID).
 * Subscribers are read a page at a time, so memory stays flat with the list.
 */
export type SendOptions = { day: string; locale?: Locale; base: string; db: Db; config: NewsletterConfig; now: () => number; concurrency?: number; page?: number; log?: (line: string) => void };
export type SendReport = { locale: Locale; edition: boolean; sent: number; skipped: number; failed: number };

export async function sendEdition(opts: SendOptions): Promise<SendReport[]> {
  const reports: SendReport[] = [];
  for (const locale of opts.locale ? [opts.locale] : locales) {
    const edition = getEdition(locale, opts.day, opts.base);
    if (!edition) {
      reports.push({ locale, edition: false, sent: 0, skipped: 0, failed: 0 });
      continue;
    }
    const site = (await translator(locale, 'Site'))('name');
    const words = emailWords(await translator(locale, 'Newsletter'), await translator(locale, 'Digest'), site, opts.day, locale);
    reports.push(await sendPrepared(prepareEdition(edition, words, opts.base), opts));
  }
  return reports;
}

async function sendPrepared(edition: PreparedEdition, opts: SendOptions): Promise<SendReport> {
  const { db, config } = opts;
  const report: SendReport = { locale: edition.locale, edition: true, sent: 0, skipped: 0, failed: 0 };
  const concurrency = opts.concurrency ?? 8;
  let after = '';
  for (;;) {
    const page = await subscribersPage(db, edition.locale, after, opts.page ?? 500);
    if (page.length === 0) break;
    after = page.at(-1)!.email;
    const named = page.map((s) => ({ s, r: pseudonym(s.email, config.secret) }));
    const done = await deliveredAmong(
      db,
      edition.day,
      named.map((n) => n.r),
    );
    const todo = named.filter((n) => !done.has(n.r));
    report.skipped += named.length - todo.length;
    let next = 0;
    const worker = async () => {
      while (next < todo.length) {
        const { s, r } = todo[next++]!;
        const token = signToken({ purpose: 'manage', email: s.email, locale: s.locale, source: s.source, expires: null }, config.secret);
        try {
          await sendMail(config.smtpUrl, messageFor(edition, s.email, token, config), true);
          await recordDelivery(db, edition.day, r, edition.locale, opts.now());
          report.sent++;
        } catch (error) {
          // Not recorded: the next run tries this reader again.
          report.failed++;
          opts.log?.(`digest:send: ${edition.locale} ${edition.day}: not sent to one subscriber: ${(error as Error).message}`);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, todo.length) }, worker));
  }
  return report;
}
