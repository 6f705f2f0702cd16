/**
 * The newsletter's schema, in SQL both SQLite and PostgreSQL run as written.
 * Append a migration; never edit one that has shipped.
 *
 * What is kept (issue 22): a subscriber's address, language, consent time
 * and where they signed up, nothing else. An address waiting for
 * confirmation is kept nowhere: it travels in the signed link mailed to it.
 * The delivery log names a recipient by an HMAC of the address, never the
 * address. Rate-limit buckets are HMACs too.
 */
export const MIGRATIONS: { version: number; statements: string[] }[] = [
  {
    version: 1,
    statements: [
      `CREATE TABLE subscribers (
        email TEXT PRIMARY KEY,
        locale TEXT NOT NULL,
        consented_at BIGINT NOT NULL,
        source TEXT NOT NULL
      )`,
      'CREATE INDEX subscribers_locale ON subscribers (locale, email)',
      `CREATE TABLE deliveries (
        edition TEXT NOT NULL,
        recipient TEXT NOT NULL,
        locale TEXT NOT NULL,
        sent_at BIGINT NOT NULL,
        PRIMARY KEY (edition, recipient)
      )`,
      `CREATE TABLE rate_limits (
        bucket TEXT PRIMARY KEY,
        window_start BIGINT NOT NULL,
        hits INTEGER NOT NULL
      )`,
    ],
  },
];
