/**
 * The number of pages of a PDF, without poppler: the page objects
 * (`/Type /Page`, not `/Pages`) of an uncompressed object table, as
 * Chromium's PDF writer (Skia) emits it; else the page tree's largest
 * `/Count` (for writers that hide pages in compressed object streams).
 */
export function pdfPageCount(pdf: Buffer | Uint8Array): number {
  const text = Buffer.from(pdf).toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
  if (pages > 0) return pages;
  const counts = [...text.matchAll(/\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
  return counts.length ? Math.max(...counts) : 0;
}
