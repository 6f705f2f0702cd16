/**
 * npm run feeds:ping — after a deploy (the deploy workflow runs it): one
 * WebSub publish notification to the hub (WEBSUB_HUB_URL, default a public
 * hub) per feed whose entries changed since the last deployed build, and
 * none for a build that changed nothing. Compares the build's push manifest
 * with PUSH_STATE_FILE (lib/push/state.ts), then records what the hub accepted.
 * Exit 1 when a notification failed (it is sent again by the next run).
 */
import { websubHub } from '../lib/feeds/websub';
import { pingHub } from '../lib/push/notify';
import { pushStatePath, readPushManifest, readPushState, writePushState } from '../lib/push/state';

const root = process.cwd();
const manifest = readPushManifest(root);
if (!manifest) {
  console.error('feeds:ping: the build wrote no push manifest: run npm run build first');
  process.exit(2);
}
const statePath = pushStatePath(root);
const hub = websubHub();
const outcome = await pingHub(manifest, readPushState(statePath), hub);
writePushState(statePath, outcome.state);
for (const feed of outcome.sent) console.log(`feeds:ping: ${feed}`);
for (const f of outcome.failed) console.error(`feeds:ping: FAILED ${f.what}: ${f.why}`);
console.log(`feeds:ping: ${outcome.sent.length} feed(s) notified at ${hub}${outcome.failed.length ? `, ${outcome.failed.length} failed` : ''}; state in ${statePath}`);
process.exitCode = outcome.failed.length ? 1 : 0;
