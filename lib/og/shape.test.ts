import { beforeAll, describe, expect, test } from 'vitest';
import { localeFontStack, type LoadedFont } from './fonts';
import { shapeRange, type Glyph } from './shape';

let naskh: LoadedFont;
let inter: LoadedFont;

beforeAll(async () => {
  const stack = await localeFontStack('ar', 700);
  naskh = stack!.find((f) => f.spec.key.includes('naskh'))!;
  inter = stack!.find((f) => f.spec.key === 'og-inter-700')!;
});

const shape = (font: LoadedFont, text: string, rtl: boolean, start = 0, end = text.length): Glyph[] =>
  shapeRange(font.hb, { text, start, end, rtl, script: rtl ? 'Arab' : 'Latn', lang: rtl ? 'ar' : 'en', font });

const names = (font: LoadedFont, glyphs: Glyph[]) => glyphs.map((g) => font.font.glyphName(g.id));
/** The glyph that carries the advance (Noto Naskh draws dots as separate, zero-advance glyphs). */
const base = (glyphs: Glyph[]) => glyphs.find((g) => g.xAdvance > 0)!;

describe('HarfBuzz shaping', () => {
  test('lam-alef takes the required-ligature forms', () => {
    // Noto Naskh builds lam-alef from two contextual rlig glyphs, not one ligature glyph.
    expect(names(naskh, shape(naskh, 'لا', true))).toEqual(['uni0627.fina.rlig', 'uni0644.init.rlig']);
    expect(names(naskh, shape(naskh, 'لم', true)).some((n) => n.includes('rlig'))).toBe(false);
  });

  test('right-to-left runs come out in visual order (clusters descending)', () => {
    const clusters = shape(naskh, 'كتب', true).map((g) => g.cluster);
    expect(clusters[0]).toBe(2);
    expect(clusters.at(-1)).toBe(0);
    expect(clusters).toEqual([...clusters].sort((a, b) => b - a));
  });

  test('the paragraph is context: a letter cut out of a word keeps its joined form', () => {
    const word = 'بتب';
    const inWord = base(shape(naskh, word, true, 1, 2));
    const alone = base(shape(naskh, 'ت', true));
    const whole = shape(naskh, word, true).filter((g) => g.cluster === 1);
    expect(inWord.id).toBe(base(whole).id);
    expect(naskh.font.glyphName(inWord.id)).toMatch(/\.medi/);
    expect(inWord.id).not.toBe(alone.id);
  });

  test('tashkeel attach to their base with no advance of their own', () => {
    const glyphs = shape(naskh, 'بَ', true);
    expect(glyphs.every((g) => g.cluster === 0)).toBe(true);
    const fatha = glyphs.find((g) => naskh.font.glyphName(g.id) === 'uni064E');
    expect(fatha?.xAdvance).toBe(0);
  });

  test('parentheses are mirrored in right-to-left runs', () => {
    const openRtl = shape(inter, '(', true)[0]!.id;
    const closeLtr = shape(inter, ')', false)[0]!.id;
    expect(openRtl).toBe(closeLtr);
  });

  test('an empty range shapes to nothing', () => {
    expect(shape(naskh, 'abc', true, 1, 1)).toEqual([]);
  });
});
