/**
 * The first step of `npm run build`: the content check on every core (the
 * same rules and output as `npm run content:check -- --quiet-ok`; a problem
 * stops the build here), then, from the files the check has just parsed,
 * the metadata index of every briefing (lib/content/briefing-list.ts) and
 * the window of newest briefings contentlayer compiles
 * (lib/content/compile-window.ts, in .contentlayer/window), and the schedule of
 * publication instants still ahead (lib/clock/schedule.mjs), which tells the
 * server's caches when a page must be rendered again.
 */
import { join } from 'node:path';
import { runContentCheckOnAllCores } from '../lib/content/editors/cli';
import { writeBriefingIndex, writeDeclaredLists } from '../lib/content/briefing-list';
import { writeSchedule } from '../lib/content/schedule-writer';
import { writeLiveTable } from '../lib/content/live-table';
import { writePushManifest } from '../lib/push/write';
import { LIVE_SECONDS } from '../lib/http/cache-policy.mjs';
import { CONTENT_DIR } from '../lib/content/build-files';
import { PRERENDER_NEWEST, visibility } from '../lib/content/visibility';
import { stageWindow, WINDOW_DIR } from '../lib/content/compile-window';
import { printAndExit } from './print';

const root = process.cwd();
printAndExit(
  await runContentCheckOnAllCores(['--quiet-ok', ...process.argv.slice(2)], { cwd: root }, (briefings) => {
    const index = writeBriefingIndex(root, briefings);
    writeDeclaredLists(root);
    const { window } = stageWindow(join(root, CONTENT_DIR), join(root, WINDOW_DIR), index, PRERENDER_NEWEST, visibility());
    const schedule = writeSchedule(root, index);
    const live = writeLiveTable(root, index, schedule.builtAt);
    // What this build publishes, for npm run feeds:ping and npm run indexnow after its deploy.
    writePushManifest(root, index, schedule.builtAt);
    if (live.length > 0) console.log(`content: ${live.length} live briefing(s), cached ${LIVE_SECONDS} s at most until their end`);
    console.log(`content: ${index.length} briefings indexed; contentlayer compiles ${window} (the newest ${PRERENDER_NEWEST} per language)`);
    if (schedule.instants.length > 0) {
      const next = new Date(schedule.instants[0]!).toISOString();
      console.log(`content: ${schedule.instants.length} scheduled publication instant(s) ahead, the next at ${next}; each goes live at its instant without a rebuild`);
    }
  }),
);
