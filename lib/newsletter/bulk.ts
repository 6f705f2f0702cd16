import type { Db } from './db';
import type { Subscriber } from './store';

/**
 * Many subscribers at once, in multi-row INSERTs (both databases take them),
 * for the benchmark and tests that need a long list: 10,000 single inserts
 * would measure the disk's fsync, not the sender.
 */
export async function addSubscribers(db: Db, subscribers: readonly Subscriber[], batch = 500): Promise<void> {
  for (let i = 0; i < subscribers.length; i += batch) {
    const rows = subscribers.slice(i, i + batch);
    const values = rows.map((_, k) => `($${k * 4 + 1}, $${k * 4 + 2}, $${k * 4 + 3}, $${k * 4 + 4})`).join(', ');
    await db.run(
      `INSERT INTO subscribers (email, locale, consented_at, source) VALUES ${values} ON CONFLICT (email) DO NOTHING`,
      rows.flatMap((s) => [s.email, s.locale, s.consentedAt, s.source]),
    );
  }
}
