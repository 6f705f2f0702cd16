import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where `next build` records how long each share image took. */
export const BUILD_TIMINGS_FILE = join('.next', 'cache', 'mawjaz-og-timings.jsonl');

export type BuildTiming = { path: string; ms: number };

/**
 * Appends one image's render time during `next build` (NEXT_PHASE tells),
 * so `npm run bench:og` can report what the build spends on images. At run
 * time, and when the file cannot be written, it does nothing.
 */
export function recordBuildTiming(timing: BuildTiming, file = BUILD_TIMINGS_FILE): void {
  if (process.env.NEXT_PHASE !== 'phase-production-build') return;
  try {
    mkdirSync(dirname(file), { recursive: true });
    appendFileSync(file, `${JSON.stringify(timing)}\n`);
  } catch {
    // A timing is worth less than the build: never fail it for one.
  }
}

/**
 * Parses the recorded timings (one JSON object a line). Reading the file is
 * left to the benchmark: a read here would make Next trace the whole project
 * into the server bundle, since this module is part of the image routes.
 */
export function parseBuildTimings(text: string): BuildTiming[] {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as BuildTiming);
}
