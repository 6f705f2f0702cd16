import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
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

/** The timings of the last build, or null when there are none. */
export function readBuildTimings(file = BUILD_TIMINGS_FILE): BuildTiming[] | null {
  try {
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as BuildTiming);
  } catch {
    return null;
  }
}
