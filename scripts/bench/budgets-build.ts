import { buildSite, stepMs, type BuildResult } from './build';
import type { progress } from './progress';
import type { Budget, Row } from './table';

type Progress = ReturnType<typeof progress>;

/** `npm run bench`'s build section: timed builds and their rows. */

/** The rows of one build pair: cold and warm times, the `next build` step, peak memory. */
export function buildRows(group: string, label: string, cold: BuildResult[], warm: BuildResult[], budget: Budget): Row[] {
  const ok = (rs: BuildResult[]) => rs.filter((r) => r.ok);
  const failure = [...cold, ...warm].find((r) => !r.ok)?.failed;
  const note = failure ? `a build failed at ${failure.step}` : undefined;
  return [
    { group, name: `${label}, cold`, unit: 's', samples: ok(cold).map((r) => r.ms / 1000), budget, note },
    { group, name: `${label}, warm`, unit: 's', samples: ok(warm).map((r) => r.ms / 1000), budget, note },
    { group, name: `${label}, cold: of which next build`, unit: 's', samples: ok(cold).map((r) => stepMs(r, 'next build') / 1000), budget: null },
    { group, name: `${label}, peak memory (process tree)`, unit: 'MB', samples: ok([...cold, ...warm]).map((r) => r.peakRss / 2 ** 20), budget: null },
  ];
}

/** `runs` cold and warm builds of the project in `dir`, stopping at the first that fails. */
export async function buildPair(dir: string, label: string, runs: number, bar: Progress): Promise<{ cold: BuildResult[]; warm: BuildResult[] }> {
  const cold: BuildResult[] = [];
  const warm: BuildResult[] = [];
  for (let run = 1; run <= runs; run++) {
    for (const kind of ['cold', 'warm'] as const) {
      const result = await buildSite(dir, {
        cold: kind === 'cold',
        onStep: (step) => bar.step(`build ${label}, ${kind}, run ${run}/${runs}: ${step}`),
      });
      (kind === 'cold' ? cold : warm).push(result);
      if (!result.ok) {
        bar.done();
        console.error(`\nbuild of ${label} (${kind}) failed at ${result.failed!.step} (exit ${result.failed!.code}):\n${result.failed!.tail}\n`);
        return { cold, warm };
      }
    }
  }
  return { cold, warm };
}

/** Build results without Next's output, for the raw JSON. */
export function withoutOutput(r: { cold: BuildResult[]; warm: BuildResult[] }) {
  const strip = (b: BuildResult) => ({ ...b, nextOutput: undefined });
  return { cold: r.cold.map(strip), warm: r.warm.map(strip) };
}
