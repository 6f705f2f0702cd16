import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, type Db } from '../../lib/newsletter/db';
import { addSubscriber, deliveredAmong, exportSubscriber, getSubscriber, hit, pseudonym, recordDelivery, removeSubscriber, setLanguage, subscribersPage } from '../../lib/newsletter/store';

const SECRET = 'test-secret';

/**
 * The newsletter store's cases, run on SQLite by the unit lane
 * (lib/newsletter/store.test.ts, in-process) and on a throwaway PostgreSQL
 * cluster by the e2e lane (tests/e2e/newsletter-store.test.ts): the same
 * queries must answer the same on both.
 */
export function storeCases(kind: 'sqlite' | 'postgres', open: () => Promise<{ db: Db; cleanup: () => void }>) {
  describe(`the newsletter store on ${kind}`, () => {
    let db: Db;
    let cleanup: () => void;

    beforeAll(async () => {
      ({ db, cleanup } = await open());
    }, 60_000);
    afterAll(async () => {
      await db?.close();
      cleanup?.();
    });

    it('is on the database asked for, and migrating again applies nothing', async () => {
      expect(db.kind).toBe(kind);
      expect(await migrate(db)).toEqual([]);
    });

    it('keeps a subscriber with language, consent time and source, and updates on a second confirmation', async () => {
      await addSubscriber(db, { email: 'a@example.com', locale: 'ar', consentedAt: 1000, source: 'home' });
      expect(await getSubscriber(db, 'a@example.com')).toEqual({ email: 'a@example.com', locale: 'ar', consentedAt: 1000, source: 'home' });
      await addSubscriber(db, { email: 'a@example.com', locale: 'en', consentedAt: 2000, source: 'edition' });
      expect(await getSubscriber(db, 'a@example.com')).toMatchObject({ locale: 'en', consentedAt: 2000, source: 'edition' });
      expect(await setLanguage(db, 'a@example.com', 'ar')).toBe(true);
      expect(await setLanguage(db, 'nobody@example.com', 'ar')).toBe(false);
      expect((await getSubscriber(db, 'a@example.com'))?.locale).toBe('ar');
    });

    it('pages through one language in address order', async () => {
      for (const e of ['c@example.com', 'b@example.com', 'd@example.com']) await addSubscriber(db, { email: e, locale: 'en', consentedAt: 1, source: 'home' });
      const first = await subscribersPage(db, 'en', '', 2);
      expect(first.map((s) => s.email)).toEqual(['b@example.com', 'c@example.com']);
      expect((await subscribersPage(db, 'en', first.at(-1)!.email, 2)).map((s) => s.email)).toEqual(['d@example.com']);
    });

    it('records a delivery once, by pseudonym, and forgets it with the address', async () => {
      const r = pseudonym('b@example.com', SECRET);
      expect(r).not.toContain('example');
      expect(await recordDelivery(db, '2026-01-28', r, 'en', 5)).toBe(true);
      expect(await recordDelivery(db, '2026-01-28', r, 'en', 6)).toBe(false);
      expect(await deliveredAmong(db, '2026-01-28', [r, pseudonym('c@example.com', SECRET)])).toEqual(new Set([r]));
      expect(await deliveredAmong(db, '2026-01-29', [r])).toEqual(new Set());
      const exported = await exportSubscriber(db, 'b@example.com', SECRET);
      expect(exported.subscriber?.email).toBe('b@example.com');
      expect(exported.deliveries).toEqual([{ edition: '2026-01-28', locale: 'en', sentAt: new Date(5).toISOString() }]);
      expect(await removeSubscriber(db, 'b@example.com', SECRET)).toBe(true);
      expect(await getSubscriber(db, 'b@example.com')).toBeNull();
      expect(await deliveredAmong(db, '2026-01-28', [r])).toEqual(new Set());
      expect(await removeSubscriber(db, 'b@example.com', SECRET)).toBe(false);
    });

    it('counts rate-limit hits per bucket and window', async () => {
      const results = [];
      for (let i = 0; i < 4; i++) results.push(await hit(db, 'k', 3, 60_000, 120_000 + i));
      expect(results).toEqual([true, true, true, false]);
      expect(await hit(db, 'other', 3, 60_000, 120_000)).toBe(true);
      // A new window starts the count again.
      expect(await hit(db, 'k', 3, 60_000, 180_000)).toBe(true);
    });
  });
}
