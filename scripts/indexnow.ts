/**
 * npm run indexnow — after a deploy (the deploy workflow runs it): the URLs
 * of the briefing pages that changed since the last deployed build (new,
 * updated, corrected, live-updated) in ONE IndexNow request to
 * INDEXNOW_ENDPOINT (default https://api.indexnow.org/indexnow), with the
 * key INDEXNOW_KEY that the site serves at /indexnow.txt. Nothing changed:
 * no request. No key: nothing is sent (exit 0, said so).
 */
import { INDEXNOW_KEY_PATTERN, submitIndexNow } from '../lib/push/notify';
import { pushStatePath, readPushManifest, readPushState, writePushState } from '../lib/push/state';

const DEFAULT_ENDPOINT = 'https://api.indexnow.org/indexnow';
const root = process.cwd();
const key = process.env.INDEXNOW_KEY?.trim() ?? '';
if (!key) {
  console.log('indexnow: INDEXNOW_KEY is not set: nothing submitted');
  process.exit(0);
}
if (!INDEXNOW_KEY_PATTERN.test(key)) {
  console.error('indexnow: INDEXNOW_KEY must be 8 to 128 letters, digits and hyphens');
  process.exit(2);
}
const manifest = readPushManifest(root);
if (!manifest) {
  console.error('indexnow: the build wrote no push manifest: run npm run build first');
  process.exit(2);
}
const endpoint = process.env.INDEXNOW_ENDPOINT?.trim() || DEFAULT_ENDPOINT;
const statePath = pushStatePath(root);
const outcome = await submitIndexNow(manifest, readPushState(statePath), endpoint, key);
writePushState(statePath, outcome.state);
for (const url of outcome.sent) console.log(`indexnow: ${url}`);
for (const f of outcome.failed) console.error(`indexnow: FAILED ${f.what}: ${f.why}`);
console.log(`indexnow: ${outcome.sent.length} URL(s) submitted to ${endpoint}${outcome.failed.length ? ' — the submission failed, it is retried by the next run' : ''}`);
process.exitCode = outcome.failed.length ? 1 : 0;
