import { openDb } from '../../lib/newsletter/db';
import { startPostgres } from '../../scripts/support/postgres';
import { storeCases } from '../support/store-cases';

// The newsletter store's cases on a throwaway cluster of Debian's postgresql (a server: this lane, not the unit lane).
storeCases('postgres', async () => {
  const pg = await startPostgres();
  return { db: await openDb({ DATABASE_URL: pg.url }), cleanup: pg.stop };
});
