import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement, isValidElement, type ReactNode } from 'react';
import { describe, expect, test } from 'vitest';
import { decodePng } from '@/tests/og/png';
import { brandLine, createShareImage, inlineRow, setCardText, ShareCard, shareImageContentType, shareImageSize, type ShareCardInput } from './share-card';

const siteNames = { ar: 'موجز', en: 'Mawjaz' };
const arabic: ShareCardInput = {
  title: 'إنفيديا تطلق رقاقة Nvidia H200 لمراكز البيانات بزيادة 40% في الأداء',
  locale: 'ar',
  dir: 'rtl',
  date: '٢٨ نوفمبر ٢٠٢٦',
  topic: 'تقنية',
  source: 'رويترز',
};
const english: ShareCardInput = {
  title: 'Nvidia launches the H200 chip for data centres',
  locale: 'en',
  dir: 'ltr',
  date: 'November 28, 2026',
};

/** Renders a card; the PNG is kept in test-results/og/ (not committed) for a look. */
async function render(input: ShareCardInput, name?: string) {
  const response = await createShareImage(input, siteNames);
  expect(response.headers.get('content-type')).toBe(shareImageContentType);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (name) {
    const dir = join(process.cwd(), 'test-results', 'og');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `card-${name}.png`), bytes);
  }
  const image = decodePng(bytes);
  expect(image).not.toBeNull();
  return image!;
}

/** Horizontal extent of light (text) pixels in a band of rows, away from the accent bar. */
function lightExtent(img: NonNullable<ReturnType<typeof decodePng>>, y0: number, y1: number) {
  let min = img.width,
    max = -1;
  for (let y = y0; y < y1; y++) {
    for (let x = 30; x < img.width - 30; x++) {
      if (img.data[y * img.width + x]! > 150) {
        min = Math.min(min, x);
        max = Math.max(max, x);
      }
    }
  }
  return { min, max };
}

/** Every string that satori would have to lay out itself. */
function textNodes(node: ReactNode): string[] {
  if (typeof node === 'string' || typeof node === 'number') return [String(node)];
  if (Array.isArray(node)) return node.flatMap(textNodes);
  if (!isValidElement(node)) return [];
  const { type, props } = node as { type: unknown; props: { children?: ReactNode } };
  if (typeof type === 'function') return textNodes((type as (p: unknown) => ReactNode)(props));
  return textNodes(props.children);
}

describe('share card', () => {
  test('is a 1200×630 PNG, in both locales', async () => {
    for (const input of [arabic, english]) {
      const img = await render(input, input.locale);
      expect({ width: img.width, height: img.height }).toEqual(shareImageSize);
    }
  });

  test('mirrors for Arabic: accent bar and title start on the right', async () => {
    const ar = await render(arabic);
    const en = await render(english);
    const lum = (img: typeof ar, x: number) => img.data[300 * img.width + x]!;
    // Accent (#e3a83b) is much lighter than the navy background.
    expect(lum(ar, 1195)).toBeGreaterThan(120);
    expect(lum(ar, 4)).toBeLessThan(60);
    expect(lum(en, 4)).toBeGreaterThan(120);
    expect(lum(en, 1195)).toBeLessThan(60);
    // The title block starts at the padding on the inline-start side.
    const inlineStartAr = 1200 - 14 - 80;
    const inlineStartEn = 14 + 80;
    expect(Math.abs(lightExtent(ar, 160, 470).max - inlineStartAr)).toBeLessThan(8);
    expect(Math.abs(lightExtent(en, 160, 470).min - inlineStartEn)).toBeLessThan(8);
  });

  test('satori is never asked to lay out text', async () => {
    const text = await setCardText(arabic, siteNames);
    expect(text?.title).toBeTruthy();
    expect(textNodes(createElement(ShareCard, { dir: 'rtl', text }))).toEqual([]);
  });

  test('never throws for missing or empty strings', async () => {
    const img = await render({ ...arabic, title: '', topic: undefined, source: '  ', date: '' });
    expect(img.width).toBe(1200);
    const text = await setCardText({ ...english, title: '   ' }, siteNames);
    expect(text?.title).toBeNull();
    expect(text?.brand).not.toBeNull();
  });

  test('direction helpers and brand line', () => {
    expect(inlineRow('rtl')).toBe('row-reverse');
    expect(inlineRow('ltr')).toBe('row');
    expect(brandLine(siteNames, 'ar')).toBe('موجز · Mawjaz');
    expect(brandLine(siteNames, 'en')).toBe('Mawjaz · موجز');
    expect(brandLine({ ar: 'موجز', en: '' }, 'en')).toBe('موجز');
  });
});
