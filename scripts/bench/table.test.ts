import { describe, expect, it } from 'vitest';
import { evaluate, formatTable, formatValue, median, summarise, verdict } from './table';

describe('median', () => {
  it.each([
    [[], NaN],
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 1000], 10],
  ])('median(%j) = %d', (xs, expected) => {
    expect(median(xs)).toBe(expected);
  });

  it('does not reorder its input', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe('summarise', () => {
  it('gives median, min, max and the count', () => {
    expect(summarise([12, 9, 15, 11])).toEqual({ median: 11.5, min: 9, max: 15, runs: 4 });
  });
});

describe('verdict', () => {
  it.each([
    [19.9, { op: '<=', limit: 20 }, 'held'],
    [20, { op: '<=', limit: 20 }, 'held'],
    [20.1, { op: '<=', limit: 20 }, 'NOT held'],
    [8, { op: '<', limit: 8 }, 'NOT held'],
    [98, { op: '>=', limit: 98 }, 'held'],
    [97, { op: '>=', limit: 98 }, 'NOT held'],
    [null, { op: '>=', limit: 98 }, 'n/a'],
    [5, null, 'n/a'],
  ] as const)('%s against %j is %s', (value, budget, expected) => {
    expect(verdict(value, budget)).toBe(expected);
  });
});

describe('formatValue', () => {
  it.each([
    [12.345, 's', '12.3 s'],
    [1234.4, 'req/s', '1,234 req/s'],
    [4.25, 'ms', '4.3 ms'],
    [142.04, 'kB', '142.0 kB'],
    [25_746.6, 'kB', '25.7 MB'],
    [1 / 20, 'ratio', '1/20.0'],
    [2, 'ratio', '2.00'],
    [null, 'ms', 'n/a'],
  ] as const)('%s %s → %s', (value, unit, expected) => {
    expect(formatValue(value, unit)).toBe(expected);
  });
});

describe('formatTable', () => {
  const rows = [
    { group: 'build', name: 'real content, cold', unit: 's' as const, samples: [21, 18, 19], budget: { op: '<=' as const, limit: 20 } },
    { group: 'build', name: 'real content, warm', unit: 's' as const, samples: [25, 22, 23], budget: { op: '<=' as const, limit: 20 } },
    { group: 'lighthouse', name: 'perf', unit: 'score' as const, samples: [], budget: { op: '>=' as const, limit: 98 }, note: 'skipped' },
  ];

  it('shows the median, min–max, the budget and whether it held, grouped', () => {
    const text = formatTable(rows);
    const lines = text.split('\n');
    const cold = lines.find((l) => l.includes('real content, cold'))!;
    expect(cold).toMatch(/19\.0 s\s+18\.0 s – 21\.0 s\s+3\s+≤ 20\.0 s\s+held/);
    const warm = lines.find((l) => l.includes('real content, warm'))!;
    expect(warm).toMatch(/23\.0 s.*NOT held/);
    expect(lines.filter((l) => l === 'build')).toHaveLength(1);
    expect(lines.find((l) => l.includes('perf'))).toMatch(/n\/a.*≥ 98\s+n\/a\s+skipped/);
    expect(text).toContain('budgets: 1 held, 1 not held, 1 not measured');
  });

  it('evaluates a row from its median, not its best run', () => {
    expect(evaluate({ group: '', name: '', unit: 's', samples: [1, 30, 30], budget: { op: '<=', limit: 20 } }).verdict).toBe('NOT held');
  });
});
