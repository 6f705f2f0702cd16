/**
 * `npm run newsletter -- export <address>`: everything kept about an
 * address, as JSON (a reader's access request).
 * `npm run newsletter -- delete <address>`: forgets it (an erasure request).
 * Uses the same database as the site (DATABASE_URL, else the SQLite file).
 */
import { normalizeEmail } from '../lib/newsletter/address';
import { newsletterConfig } from '../lib/newsletter/config';
import { openDb } from '../lib/newsletter/db';
import { exportSubscriber, removeSubscriber } from '../lib/newsletter/store';
import { siteUrl } from '../lib/site/url';

const [command, raw] = process.argv.slice(2);
const email = normalizeEmail(raw);
if ((command !== 'export' && command !== 'delete') || !email) {
  console.error(`newsletter: ${!email && raw ? `"${raw}" is not an email address` : 'say what to do'} — usage: npm run newsletter -- export|delete <address>`);
  process.exit(2);
}
const { secret } = newsletterConfig(process.env, siteUrl());
const db = await openDb();
try {
  if (command === 'export') {
    console.log(JSON.stringify({ address: email, ...(await exportSubscriber(db, email, secret)) }, null, 2));
  } else {
    const removed = await removeSubscriber(db, email, secret);
    console.log(removed ? `newsletter: deleted ${email} and its delivery log` : `newsletter: nothing was kept about ${email}`);
  }
} finally {
  await db.close();
}
