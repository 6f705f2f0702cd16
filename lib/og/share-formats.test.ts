import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { shareImageId } from './card-input';
import { createShareImage, shareFormats, type ShareCardInput, type ShareFormat } from './share-card';
import { decodePng } from '@/tests/og/png';

const siteNames = { ar: 'موجز', en: 'Mawjaz' };
const title = 'الحكومة تعلن خطة جديدة لدعم المزارعين في موسم الحصاد المقبل';
const card = (format: ShareFormat): ShareCardInput => ({ title, locale: 'ar', dir: 'rtl', date: '٢٨ نوفمبر ٢٠٢٦', topic: 'اقتصاد', source: 'رويترز', format });

async function png(input: ShareCardInput): Promise<Buffer> {
  const res = await createShareImage(input, siteNames);
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

describe('share images in three shapes', () => {
  it.each(Object.entries(shareFormats))('%s is %o', async (format, size) => {
    const image = decodePng(new Uint8Array(await png(card(format as ShareFormat))));
    expect({ width: image!.width, height: image!.height }).toEqual({ width: size.width, height: size.height });
  });

  it('each shape has its own id; the wide one keeps the id it had before shapes existed', () => {
    const ids = (Object.keys(shareFormats) as ShareFormat[]).map((f) => shareImageId(card(f)));
    expect(new Set(ids).size).toBe(3);
    const { format: _format, ...withoutFormat } = card('wide');
    expect(shareImageId(card('wide'))).toBe(shareImageId(withoutFormat));
  });
});

/** Arabic words compared as OCR reads them: no tashkeel or tatweel, alef forms as one. */
const normalize = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[\u064B-\u065F\u0670\u0640\u200E\u200F]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .split(/\s+/)
    .filter(Boolean);

describe('the square share image, read back by OCR (Debian tesseract-ocr with tesseract-ocr-ara)', () => {
  it('reads its Arabic title, word for word, in order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mawjaz-ocr-'));
    try {
      const square = await png(card('square'));
      mkdirSync(join(process.cwd(), 'test-results', 'og'), { recursive: true });
      writeFileSync(join(process.cwd(), 'test-results', 'og', 'card-ar-square.png'), square);
      // Light text on a dark card: tesseract reads dark on light.
      const file = join(dir, 'square.png');
      await sharp(square).removeAlpha().greyscale().negate({ alpha: false }).toFile(file);
      const text = execFileSync('tesseract', [file, 'stdout', '-l', 'ara'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      const read = normalize(text);
      const words = normalize(title);
      // The title's words, each found after the one before it.
      let at = -1;
      for (const word of words) {
        const next = read.indexOf(word, at + 1);
        expect(next, `"${word}" after position ${at} in OCR text: ${read.join(' ')}`).toBeGreaterThan(at);
        at = next;
      }
      // And together: the OCR's lines hold the title as one run of words.
      const first = read.indexOf(words[0]!);
      expect(read.slice(first, first + words.length)).toEqual(words);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
