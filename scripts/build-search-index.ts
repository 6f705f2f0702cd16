/**
 * Writes each language's search index to .search/<locale>.json, from
 * lib/content's queries: every briefing that is or will be published, with
 * its publication instant (drafts never get in); a query keeps only those
 * published when it is asked (lib/search/query.ts), so a scheduled briefing
 * comes out in search at its instant with no new index. Part of `npm run build`, after
 * `contentlayer2 build` and before `next build`; the server loads the
 * files once per process (lib/search/site-search.ts).
 *
 * With a large archive each language is indexed in a process of its own, at
 * the same time: building MiniSearch's index is most of this step, and a
 * language's index needs nothing of another's. `-- <locale>` writes one.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { isLocale, locales } from '../i18n/locales';
import { getIndexedBriefings } from '../lib/content';
import { writeSearchIndexes } from '../lib/search/site-search';

/** Below this many briefings, starting processes costs more than it saves. */
const PARALLEL_FROM = 2_000;

const print = (rows: ReturnType<typeof writeSearchIndexes>) => {
  for (const r of rows) console.log(`search index ${r.locale}: ${r.count} briefings, ${(r.bytes / 1024).toFixed(1)} kB, ${r.ms} ms`);
};

const one = process.argv[2];
const total = () => locales.reduce((n, l) => n + getIndexedBriefings(l).length, 0);
if (one !== undefined) {
  if (!isLocale(one)) throw new Error(`build-search-index: "${one}" is not a locale of i18n/locales.ts`);
  print(writeSearchIndexes(process.cwd(), [one]));
} else if (availableParallelism() < 2 || total() < PARALLEL_FROM) {
  print(writeSearchIndexes());
} else {
  // The same script, with the same loader (tsx's flags are in execArgv), once per language.
  const codes = await Promise.all(
    locales.map(
      (locale) =>
        new Promise<number>((resolve) => {
          const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!, locale], { stdio: 'inherit' });
          child.on('exit', (code) => resolve(code ?? 1));
        }),
    ),
  );
  process.exitCode = codes.some((c) => c !== 0) ? 1 : 0;
}
