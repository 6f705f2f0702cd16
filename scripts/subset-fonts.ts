/**
 * npm run fonts:subset
 * Writes the subset web fonts of lib/fonts/subsets.ts into app/fonts/
 * (committed; app/fonts.ts loads them with next/font/local). HarfBuzz's
 * hb-subset (subset-font) keeps the shaping tables Arabic needs.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import { subsetFiles } from '../lib/fonts/subsets';
import { exitOnHelp } from './support/help';

exitOnHelp(import.meta.url);

for (const [script, spec] of Object.entries(subsetFiles)) {
  const text = spec.ranges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i))).join('');
  const out = await subsetFont(readFileSync(spec.source), text, {
    targetFormat: 'woff2',
    // One weight: pinned, a static face (smaller than a one-point range).
    variationAxes: { wght: spec.weight[0] === spec.weight[1] ? spec.weight[0] : { min: spec.weight[0], max: spec.weight[1] } },
  });
  writeFileSync(spec.output, out);
  console.log(`${script}: ${spec.source} ${statSync(spec.source).size} B → ${spec.output} ${out.length} B`);
}
