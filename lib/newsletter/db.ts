import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { now } from '@/lib/clock/clock.mjs';
import { MIGRATIONS } from './migrations';

/**
 * The newsletter's database: SQLite in one file by default, PostgreSQL when
 * DATABASE_URL says so. The store (./store.ts) writes its SQL once, with
 * PostgreSQL's `$1` placeholders, in the dialect both share (ON CONFLICT,
 * RETURNING, `excluded`); the SQLite adapter renumbers the placeholders.
 * Each driver is imported only when used, so a SQLite site never loads pg.
 */
export interface Db {
  readonly kind: 'sqlite' | 'postgres';
  /** Rows of a query. */
  all<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** A statement; resolves to the rows it changed. */
  run(sql: string, params?: unknown[]): Promise<number>;
  close(): Promise<void>;
}

/** Where the SQLite file lives: MAWJAZ_DATA_DIR, else data/ in the project (README). */
export function sqlitePath(env: Record<string, string | undefined> = process.env): string {
  // `npm start` runs the standalone server, which changes into
  // .next/standalone (wiped by every build): resolve from where npm was run.
  const root = env.INIT_CWD || process.cwd();
  return join(resolve(root, env.MAWJAZ_DATA_DIR || 'data'), 'newsletter.sqlite');
}

/** `$1 … $n` → `?` in order of appearance, with the parameters reordered to match. */
export function toSqlite(sql: string, params: readonly unknown[]): { sql: string; params: unknown[] } {
  const ordered: unknown[] = [];
  const text = sql.replace(/\$(\d+)/g, (_m, n: string) => {
    ordered.push(params[Number(n) - 1]);
    return '?';
  });
  return { sql: text, params: ordered };
}

async function openSqlite(file: string): Promise<Db> {
  const { default: Database } = await import('better-sqlite3');
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  // WAL: the site's handlers and a digest:send run write at the same time.
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  const prepared = (sql: string, params: unknown[]) => {
    const q = toSqlite(sql, params);
    return { stmt: db.prepare(q.sql), params: q.params.map((p) => (typeof p === 'boolean' ? Number(p) : p)) };
  };
  return {
    kind: 'sqlite',
    all: async <T>(sql: string, params: unknown[] = []) => {
      const { stmt, params: p } = prepared(sql, params);
      return stmt.all(...p) as T[];
    },
    run: async (sql: string, params: unknown[] = []) => {
      const { stmt, params: p } = prepared(sql, params);
      return stmt.reader ? stmt.all(...p).length : stmt.run(...p).changes;
    },
    close: async () => void db.close(),
  };
}

async function openPostgres(url: string): Promise<Db> {
  const { default: pg } = await import('pg');
  // BIGINT columns hold epoch milliseconds, well inside a double's integers.
  pg.types.setTypeParser(20, (v: string) => Number(v));
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_MAX) || 5 });
  return {
    kind: 'postgres',
    all: async <T>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as T[],
    run: async (sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rowCount ?? 0,
    close: () => pool.end(),
  };
}

/** Applies the migrations not yet applied, in order, each once. */
export async function migrate(db: Db): Promise<number[]> {
  await db.run('CREATE TABLE IF NOT EXISTS newsletter_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)');
  // Two processes starting together on PostgreSQL: one migrates, the other waits.
  if (db.kind === 'postgres') await db.all('SELECT pg_advisory_lock(220722)');
  try {
    const done = new Set((await db.all<{ version: number }>('SELECT version FROM newsletter_migrations')).map((r) => Number(r.version)));
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      for (const statement of m.statements) await db.run(statement);
      await db.run('INSERT INTO newsletter_migrations (version, applied_at) VALUES ($1, $2)', [m.version, now()]);
      applied.push(m.version);
    }
    return applied;
  } finally {
    if (db.kind === 'postgres') await db.all('SELECT pg_advisory_unlock(220722)');
  }
}

/** Opens the database the environment names and brings its schema up to date. */
export async function openDb(env: Record<string, string | undefined> = process.env): Promise<Db> {
  const url = env.DATABASE_URL?.trim();
  if (url && !/^postgres(?:ql)?:\/\//.test(url)) throw new Error(`DATABASE_URL must be a postgres:// URL (or unset, for SQLite), not "${url.split(':')[0]}:…"`);
  const db = url ? await openPostgres(url) : await openSqlite(sqlitePath(env));
  await migrate(db);
  return db;
}

let shared: Promise<Db> | null = null;

/** The server process's one connection (pool), opened on first use. */
export function sharedDb(): Promise<Db> {
  shared ??= openDb().catch((error: unknown) => {
    shared = null;
    throw error;
  });
  return shared;
}
