import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBuildTimings, recordBuildTiming } from './build-timings';

const dir = mkdtempSync(join(tmpdir(), 'og-timings-'));
const file = join(dir, 'nested', 'timings.jsonl');
const phase = process.env.NEXT_PHASE;

afterEach(() => {
  process.env.NEXT_PHASE = phase;
  rmSync(join(dir, 'nested'), { recursive: true, force: true });
});

describe('build timings', () => {
  it('records only during next build', () => {
    delete process.env.NEXT_PHASE;
    recordBuildTiming({ path: '/a', ms: 1 }, file);
    expect(existsSync(file)).toBe(false);
    process.env.NEXT_PHASE = 'phase-production-build';
    recordBuildTiming({ path: '/a', ms: 1.5 }, file);
    recordBuildTiming({ path: '/b', ms: 2 }, file);
    expect(parseBuildTimings(readFileSync(file, 'utf8'))).toEqual([
      { path: '/a', ms: 1.5 },
      { path: '/b', ms: 2 },
    ]);
  });
});
