import type { ByteKind, PageBytes } from './bytes';
import type { Budget, Row } from './table';

/** `npm run bench`'s bytes section: what each page loads, by kind, against the issue's budgets (kB). */

const le = (limit: number): Budget => ({ op: '<=', limit });

const KIND_ROWS: { kind: ByteKind | 'total'; name: string; budget: Budget | null }[] = [
  { kind: 'total', name: 'total', budget: le(200) },
  { kind: 'html', name: 'HTML', budget: null },
  { kind: 'css', name: 'CSS', budget: null },
  { kind: 'js-framework', name: 'JS, framework (React, Next)', budget: null },
  { kind: 'js-ours', name: 'JS, ours', budget: null },
  { kind: 'font', name: 'fonts', budget: le(60) },
  { kind: 'image', name: 'images', budget: null },
  { kind: 'other', name: 'other', budget: null },
];

/** The rows of each page's bytes by kind, one sample per run. */
export function byteRows(pages: string[], results: Record<string, PageBytes[]>): Row[] {
  const out: Row[] = [];
  for (const page of pages) {
    for (const k of KIND_ROWS) {
      out.push({
        group: `bytes ${page} (encoded, as Chromium loads it)`,
        name: k.name,
        unit: 'kB',
        samples: results[page]!.map((r) => (k.kind === 'total' ? r.total : r.byKind[k.kind]) / 1000),
        budget: k.budget,
      });
    }
  }
  return out;
}
