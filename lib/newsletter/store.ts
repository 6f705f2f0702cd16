import { createHmac } from 'node:crypto';
import type { Locale } from '@/i18n/locales';
import type { Db } from './db';
import type { SignupSource } from './tokens';

/**
 * Every query of the newsletter, written once for both databases (./db.ts).
 * Addresses are stored as `normalizeEmail` gives them.
 */

export type Subscriber = { email: string; locale: Locale; consentedAt: number; source: SignupSource };
type Row = { email: string; locale: string; consented_at: number | string; source: string };
const fromRow = (r: Row): Subscriber => ({ email: r.email, locale: r.locale as Locale, consentedAt: Number(r.consented_at), source: r.source as SignupSource });

/** A one-way name for an address or a client, for the delivery log and rate limits. */
export function pseudonym(value: string, secret: string): string {
  return createHmac('sha256', secret).update(value).digest('base64url');
}

/** Confirmed: the address subscribes in `locale`; confirming again updates the language and consent time. */
export async function addSubscriber(db: Db, s: Subscriber): Promise<void> {
  await db.run(
    `INSERT INTO subscribers (email, locale, consented_at, source) VALUES ($1, $2, $3, $4)
     ON CONFLICT (email) DO UPDATE SET locale = excluded.locale, consented_at = excluded.consented_at, source = excluded.source`,
    [s.email, s.locale, s.consentedAt, s.source],
  );
}

export async function getSubscriber(db: Db, email: string): Promise<Subscriber | null> {
  const rows = await db.all<Row>('SELECT email, locale, consented_at, source FROM subscribers WHERE email = $1', [email]);
  return rows[0] ? fromRow(rows[0]) : null;
}

/** False when the address is not subscribed. */
export async function setLanguage(db: Db, email: string, locale: Locale): Promise<boolean> {
  return (await db.run('UPDATE subscribers SET locale = $1 WHERE email = $2', [locale, email])) > 0;
}

/**
 * Forgets an address: the subscription and its delivery log. Used by the
 * unsubscribe links and `npm run newsletter -- delete`. False when nothing was stored.
 */
export async function removeSubscriber(db: Db, email: string, secret: string): Promise<boolean> {
  const removed = await db.run('DELETE FROM subscribers WHERE email = $1', [email]);
  const log = await db.run('DELETE FROM deliveries WHERE recipient = $1', [pseudonym(email, secret)]);
  return removed + log > 0;
}

/** Everything kept about an address, for a reader's data request. */
export async function exportSubscriber(db: Db, email: string, secret: string) {
  const subscriber = await getSubscriber(db, email);
  const deliveries = await db.all<{ edition: string; locale: string; sent_at: number }>('SELECT edition, locale, sent_at FROM deliveries WHERE recipient = $1 ORDER BY edition', [
    pseudonym(email, secret),
  ]);
  return {
    subscriber: subscriber && { ...subscriber, consentedAt: new Date(subscriber.consentedAt).toISOString() },
    deliveries: deliveries.map((d) => ({ edition: d.edition, locale: d.locale, sentAt: new Date(Number(d.sent_at)).toISOString() })),
  };
}

/** Subscribers in `locale` after `after` (by address), `limit` at a time: the sender walks the list in pages. */
export async function subscribersPage(db: Db, locale: Locale, after: string, limit: number): Promise<Subscriber[]> {
  const rows = await db.all<Row>('SELECT email, locale, consented_at, source FROM subscribers WHERE locale = $1 AND email > $2 ORDER BY email LIMIT $3', [locale, after, limit]);
  return rows.map(fromRow);
}

/** Which of these recipients (pseudonyms) already have `edition`. */
export async function deliveredAmong(db: Db, edition: string, recipients: string[]): Promise<Set<string>> {
  if (recipients.length === 0) return new Set();
  const marks = recipients.map((_, i) => `$${i + 2}`).join(', ');
  const rows = await db.all<{ recipient: string }>(`SELECT recipient FROM deliveries WHERE edition = $1 AND recipient IN (${marks})`, [edition, ...recipients]);
  return new Set(rows.map((r) => r.recipient));
}

/** Records one delivery; false when it was recorded already. */
export async function recordDelivery(db: Db, edition: string, recipient: string, locale: Locale, sentAt: number): Promise<boolean> {
  const n = await db.run('INSERT INTO deliveries (edition, recipient, locale, sent_at) VALUES ($1, $2, $3, $4) ON CONFLICT (edition, recipient) DO NOTHING', [edition, recipient, locale, sentAt]);
  return n > 0;
}

/**
 * One hit in a fixed window: true while the bucket has had at most `limit`
 * hits in the window that contains `now`. Kept in the database, so every
 * server process (and replica) counts together.
 */
export async function hit(db: Db, bucket: string, limit: number, windowMs: number, now: number): Promise<boolean> {
  const start = now - (now % windowMs);
  const rows = await db.all<{ hits: number }>(
    `INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1)
     ON CONFLICT (bucket) DO UPDATE SET
       hits = CASE WHEN rate_limits.window_start = excluded.window_start THEN rate_limits.hits + 1 ELSE 1 END,
       window_start = excluded.window_start
     RETURNING hits`,
    [bucket, start],
  );
  return Number(rows[0]?.hits ?? 1) <= limit;
}

/** Drops buckets of windows long past, so the table stays small. */
export async function pruneRateLimits(db: Db, before: number): Promise<number> {
  return db.run('DELETE FROM rate_limits WHERE window_start < $1', [before]);
}
