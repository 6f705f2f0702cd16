/**
 * Writes each language's search index to .search/<locale>.json, from
 * lib/content's queries (published briefings only: drafts and scheduled
 * briefings never get in). Part of `npm run build`, after
 * `contentlayer2 build` and before `next build`; the server loads the
 * files once per process (lib/search/site-search.ts).
 */
import { writeSearchIndexes } from '../lib/search/site-search';

for (const r of writeSearchIndexes()) {
  console.log(`search index ${r.locale}: ${r.count} briefings, ${(r.bytes / 1024).toFixed(1)} kB, ${r.ms} ms`);
}
