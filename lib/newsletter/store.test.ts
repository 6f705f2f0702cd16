import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeCases } from '@/tests/support/store-cases';
import { openDb, toSqlite } from './db';

describe('toSqlite', () => {
  it('renumbers $n placeholders in order of appearance, repeating a parameter used twice', () => {
    expect(toSqlite('SELECT $2, $1, $2', ['a', 'b'])).toEqual({ sql: 'SELECT ?, ?, ?', params: ['b', 'a', 'b'] });
  });
});

// SQLite in a temporary file, in-process; the same cases run on PostgreSQL in tests/e2e/newsletter-store.test.ts.
storeCases('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mawjaz-sqlite-'));
  return { db: await openDb({ MAWJAZ_DATA_DIR: dir }), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
});
