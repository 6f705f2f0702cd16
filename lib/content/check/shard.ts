import { parentPort, workerData } from 'node:worker_threads';
import { parseFrontmatter } from '../frontmatter';
import { checkFiles } from './corpus';
import type { ShardContext, ShardFile, ShardResult } from './parallel';
import { briefingsOfCorpus } from '../briefing-list';

// One worker's share of the files (./parallel.ts): the same rules, with the
// same context, on its files; the diagnostics and the files' metadata for
// the content index go back to the main thread.
const { files, context } = workerData as { files: ShardFile[]; context: ShardContext };
const parsed = files.map((f) => ({ ...f, fm: f.location ? parseFrontmatter(f.raw) : null, target: null }));
const diagnostics = checkFiles(parsed, {
  topicIds: new Set(context.topicIds),
  authorIds: new Set(context.authorIds),
  briefings: new Map(context.briefings),
  sitePages: new Set(context.sitePages),
  today: context.today,
});
const result: ShardResult = { diagnostics, briefings: briefingsOfCorpus({ parsed }) };
parentPort!.postMessage(result);
