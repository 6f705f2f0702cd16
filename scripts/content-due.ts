/**
 * npm run content:due [-- <minutes>]
 * Lists the briefings whose publication instant passed in the last
 * <minutes> (default 10) by the site's clock, and prints `due=true` or
 * `due=false` last (for $GITHUB_OUTPUT). Only hosts that run Next without
 * this project's server need it (see DEPLOY.md, "Scheduled briefings"):
 * there a redeploy is what publishes a scheduled briefing.
 */
import { now } from '../lib/clock/clock.mjs';
import { readBriefingSources } from '../lib/content/briefing-list';
import { publishedBetween } from '../lib/content/schedule-writer';
import { publicationInstant } from '../lib/content/select';
import { exitOnHelp } from './support/help';

exitOnHelp(import.meta.url);

const minutes = Number(process.argv[2] ?? 10);
if (!Number.isFinite(minutes) || minutes <= 0) {
  console.error(`content:due: "${process.argv[2]}" is not a number of minutes — run e.g. npm run content:due -- 10`);
  process.exit(2);
}
const to = now();
const due = publishedBetween(readBriefingSources(), to - minutes * 60_000, to);
for (const b of due) console.log(`${b._id} ${new Date(publicationInstant(b)).toISOString()}`);
console.log(`due=${due.length > 0}`);
