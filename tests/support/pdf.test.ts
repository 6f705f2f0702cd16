import { describe, expect, it } from 'vitest';
import { pdfPageCount } from './pdf';

const pdf = (body: string) => Buffer.from(`%PDF-1.4\n${body}\n%%EOF`, 'latin1');

describe('pdfPageCount', () => {
  it.each([
    ['two page objects under a page tree', '1 0 obj <</Type /Pages /Count 2 /Kids [2 0 R 3 0 R]>> endobj 2 0 obj <</Type /Page>> endobj 3 0 obj <</Type/Page /Parent 1 0 R>> endobj', 2],
    ['pages in a compressed object stream: the tree’s count', '1 0 obj <</Type /Pages /Kids [4 0 R 5 0 R 6 0 R] /Count 3>> endobj 7 0 obj <</Type /ObjStm /N 3>> stream\nxx\nendstream', 3],
    ['no pages', '1 0 obj <</Type /Catalog>> endobj', 0],
  ])('%s', (_, body, n) => {
    expect(pdfPageCount(pdf(body))).toBe(n);
  });
});
