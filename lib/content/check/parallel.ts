import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkFiles, collectCorpus, finishReport, type CorpusContext, type CorpusReport, type Parsed } from './corpus';
import type { Diagnostic } from './diagnostic';
import type { LinkTarget } from './mdx-rules';
import { briefingsOfCorpus, byId } from '../briefing-list';
import type { Briefing } from '../build-files';

/**
 * `checkContent` with the rules of the files spread over worker threads:
 * parsing every body's MDX is most of a check, and a build of 20,000
 * briefings waited 23 s for it on one core (npm run bench:scale). The first
 * pass (reading every file, the context) and the corpus-wide rules stay
 * here; the report is the same, diagnostics sorted the same way
 * (./parallel.build.test.ts compares both).
 *
 * Workers run TypeScript through tsx (./check-worker.mjs), as the scripts
 * do: this is for the command line (`npm run content:check`, the build) and
 * its tests. contentlayer's bundled config, where the worker's file is not
 * beside the code, runs `checkContent` on one thread.
 */

/** Below this many files, starting workers costs more than it saves. */
export const PARALLEL_FROM = 2_000;

/** What a worker needs of a file: the rest it parses again. */
export type ShardFile = Pick<Parsed, 'path' | 'raw' | 'location' | 'page'>;
/** The context, in forms a worker message can carry. */
export type ShardContext = { topicIds: string[]; authorIds: string[]; briefings: [string, LinkTarget][]; sitePages: string[]; today: string };

export async function checkContentInParallel(root: string, today: string, threads = availableParallelism(), from = PARALLEL_FROM): Promise<CorpusReport> {
  return (await checkCorpusInParallel(root, today, threads, from)).report;
}

/**
 * The same, with the metadata of every briefing it read (the content index),
 * derived from the files as they were parsed, each thread its share.
 * `from`: how many files switch the workers on (lower in tests, so that a
 * small corpus takes the parallel path).
 */
export async function checkCorpusInParallel(
  root: string,
  today: string,
  threads = availableParallelism(),
  from = PARALLEL_FROM,
): Promise<{ report: CorpusReport; briefings: Briefing[] }> {
  const corpus = collectCorpus(root, today);
  if (threads < 2 || corpus.parsed.length < from) {
    return { report: finishReport(corpus, checkFiles(corpus.parsed, corpus.context)), briefings: briefingsOfCorpus(corpus) };
  }
  const shards = Array.from({ length: threads }, (_, t) => corpus.parsed.filter((_, i) => i % threads === t));
  const context = shardContext(corpus.context);
  const others = shards.slice(1).map((files) => inWorker(files.map(({ path, raw, location, page }) => ({ path, raw, location, page })), context));
  // This thread takes the first shard while the workers take the rest.
  const mine: ShardResult = { diagnostics: checkFiles(shards[0]!, corpus.context), briefings: briefingsOfCorpus({ parsed: shards[0]! }) };
  const results = [mine, ...(await Promise.all(others))];
  return {
    report: finishReport(corpus, results.flatMap((r) => r.diagnostics)),
    briefings: results.flatMap((r) => r.briefings).sort(byId),
  };
}

/** What a shard sends back: its files' diagnostics and briefings' metadata. */
export type ShardResult = { diagnostics: Diagnostic[]; briefings: Briefing[] };

function shardContext(c: CorpusContext): ShardContext {
  return { topicIds: [...c.topicIds], authorIds: [...c.authorIds], briefings: [...c.briefings], sitePages: [...c.sitePages], today: c.today };
}

function inWorker(files: ShardFile[], context: ShardContext): Promise<ShardResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./check-worker.mjs', import.meta.url), { workerData: { files, context } });
    worker.once('message', (result: ShardResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`content check worker exited with code ${code}`));
    });
  });
}
