/**
 * Summaries and the one results table of the benchmarks: medians with
 * min–max, each beside its budget and marked held or not. Pure.
 */

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export type Summary = { median: number; min: number; max: number; runs: number };

export function summarise(xs: readonly number[]): Summary {
  return { median: median(xs), min: xs.length ? Math.min(...xs) : NaN, max: xs.length ? Math.max(...xs) : NaN, runs: xs.length };
}

/** A budget: the figure must be at most (`<=`) or at least (`>=`) the limit. */
export type Budget = { op: '<=' | '>=' | '<'; limit: number };

export type Verdict = 'held' | 'NOT held' | 'n/a';

export function verdict(value: number | null, budget: Budget | null): Verdict {
  if (budget === null || value === null || Number.isNaN(value)) return 'n/a';
  const ok = budget.op === '<=' ? value <= budget.limit : budget.op === '<' ? value < budget.limit : value >= budget.limit;
  return ok ? 'held' : 'NOT held';
}

export type Unit = 'ms' | 's' | 'kB' | 'MB' | 'GB' | 'score' | 'req/s' | 'ratio' | 'count' | 'cls' | '';

/** A value in its unit, with sensible precision: 1,234 req/s; 12.3 s; 45.6 kB. */
export function formatValue(value: number | null, unit: Unit): string {
  if (value === null || Number.isNaN(value)) return 'n/a';
  switch (unit) {
    case 's':
      return `${value.toFixed(1)} s`;
    case 'ms':
      return `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en-US')} ms`;
    case 'kB':
      return value >= 10_000 ? `${(value / 1000).toFixed(1)} MB` : `${value.toFixed(1)} kB`;
    case 'MB':
      return `${Math.round(value).toLocaleString('en-US')} MB`;
    case 'GB':
      return `${value.toFixed(2)} GB`;
    case 'score':
      return String(Math.round(value));
    case 'req/s':
      return `${Math.round(value).toLocaleString('en-US')} req/s`;
    case 'ratio':
      return value >= 1 || value === 0 ? `${value.toFixed(2)}` : `1/${(1 / value).toFixed(1)}`;
    case 'cls':
      return value.toFixed(3);
    case 'count':
      return Math.round(value).toLocaleString('en-US');
    default:
      return String(value);
  }
}

export function formatBudget(budget: Budget | null, unit: Unit): string {
  if (!budget) return '';
  const op = budget.op === '<=' ? '≤' : budget.op === '>=' ? '≥' : '<';
  return `${op} ${formatValue(budget.limit, unit)}`;
}

export type Row = {
  /** Group heading, e.g. "build", "bytes /ar/briefings/…". */
  group: string;
  name: string;
  unit: Unit;
  /** Raw samples; the table shows their median and min–max. */
  samples: number[];
  budget: Budget | null;
  /** Why a figure is missing or how it was taken. */
  note?: string;
};

export type RowResult = Row & { summary: Summary; verdict: Verdict };

export function evaluate(row: Row): RowResult {
  const summary = summarise(row.samples);
  return { ...row, summary, verdict: verdict(row.samples.length ? summary.median : null, row.budget) };
}

/** The whole table, aligned, as text. */
export function formatTable(rows: readonly Row[]): string {
  const results = rows.map(evaluate);
  const cells = results.map((r) => [
    r.name,
    formatValue(r.samples.length ? r.summary.median : null, r.unit),
    r.samples.length > 1 ? `${formatValue(r.summary.min, r.unit)} – ${formatValue(r.summary.max, r.unit)}` : '',
    r.samples.length ? String(r.samples.length) : '',
    formatBudget(r.budget, r.unit),
    r.budget ? r.verdict : '',
    r.note ?? '',
  ]);
  const header = ['measure', 'median', 'min – max', 'runs', 'budget', 'verdict', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((s, i) => (i === 1 || i === 2 || i === 3 ? s.padStart(widths[i]!) : s.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const out: string[] = [line(header), widths.map((w) => '─'.repeat(w)).join('  ')];
  let group = '';
  results.forEach((r, i) => {
    if (r.group !== group) {
      group = r.group;
      out.push(`${group}`);
    }
    out.push(line(cells[i]!.map((c, k) => (k === 0 ? `  ${c}` : c))));
  });
  const held = results.filter((r) => r.verdict === 'held').length;
  const missed = results.filter((r) => r.verdict === 'NOT held').length;
  out.push('', `budgets: ${held} held, ${missed} not held, ${results.filter((r) => r.budget && r.verdict === 'n/a').length} not measured`);
  return out.join('\n');
}
