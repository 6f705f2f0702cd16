import { beforeAll, describe, expect, test } from 'vitest';
import { localeFontStack, type FontStack } from './fonts';
import { collapseWhitespace, lineOffset, setText, type SetText, type SetTextOptions } from './text';

let ar: FontStack;
let en: FontStack;

beforeAll(async () => {
  ar = (await localeFontStack('ar', 700))!;
  en = (await localeFontStack('en', 700))!;
});

const set = (text: string, opts: Partial<SetTextOptions> = {}): SetText | null => setText({ text, fonts: ar, size: 60, width: 900, dir: 'rtl', maxLines: 3, lineHeight: 1.4, ...opts });

const lineText = (r: SetText, i: number) => r.text.slice(r.lines[i]!.start, r.lines[i]!.end);

describe('setText', () => {
  test('returns null, never throws, for empty input or nonsense sizes', () => {
    expect(set('')).toBeNull();
    expect(set('   \n\t ')).toBeNull();
    expect(set('موجز', { size: 0 })).toBeNull();
    expect(set('موجز', { width: -1 })).toBeNull();
    expect(set('موجز', { fonts: [] })).toBeNull();
  });

  test.each(['\uD800 lone surrogate', '😀 emoji', '\u064E\u064F', 'a\u200Db', 'x'.repeat(400), '\u202Eمعكوس'])('survives odd input: %j', (text) => {
    expect(() => set(text)).not.toThrow();
  });

  test('mixed Arabic and Latin: the Latin run sits left of the Arabic in an RTL paragraph', () => {
    const r = set('إنفيديا تطلق Nvidia H200')!;
    expect(r.lines).toHaveLength(1);
    const runs = r.lines[0]!.runs;
    // Visual order, left to right: "Nvidia" (Inter), space (Naskh has one), "H200" (Inter), then the Arabic.
    expect(r.text.slice(runs[0]!.start, runs[0]!.end)).toBe('Nvidia');
    expect(runs[0]).toMatchObject({ font: 'og-inter-700', level: 2 });
    expect(runs.at(-1)).toMatchObject({ font: 'og-naskh-700', level: 1 });
    expect(r.text.slice(runs.at(-1)!.start, runs.at(-1)!.end)).toBe('إنفيديا تطلق ');
  });

  test('the same text in an LTR paragraph keeps the Arabic run whole and puts Latin after it', () => {
    const r = set('إنفيديا تطلق Nvidia H200', { dir: 'ltr', fonts: en })!;
    const runs = r.lines[0]!.runs;
    expect(runs[0]).toMatchObject({ font: 'og-naskh-700', level: 1 });
    expect(runs.at(-1)).toMatchObject({ font: 'og-inter-700', level: 0 });
  });

  test('Arabic-Indic digits read left to right inside right-to-left text', () => {
    const r = set('عام ٢٠٢٦ الجديد')!;
    const digits = r.lines[0]!.runs.find((run) => r.text.slice(run.start, run.end) === '٢٠٢٦');
    expect(digits?.level).toBe(2);
  });

  test('start alignment follows the direction', () => {
    const rtl = set('موجز')!;
    const ltr = set('Mawjaz', { dir: 'ltr', fonts: en })!;
    expect(rtl.lines[0]!.x + rtl.lines[0]!.width).toBeCloseTo(900, 5);
    expect(ltr.lines[0]!.x).toBe(0);
    expect(lineOffset('rtl', 'end', 100, 40)).toBe(0);
    expect(lineOffset('ltr', 'end', 100, 40)).toBe(60);
    expect(lineOffset('rtl', 'center', 100, 40)).toBe(30);
  });

  test('wraps, then shrinks to fit maxLines', () => {
    const long = 'الحكومة تعلن خطة جديدة لدعم الشركات الناشئة في قطاع التقنية المالية وتسهيل حصولها على التمويل من المصارف المحلية والأجنبية';
    const fixed = set(long, { maxLines: 10 })!;
    expect(fixed.lines.length).toBeGreaterThan(3);
    const shrunk = set(long, { minSize: 30 })!;
    expect(shrunk.size).toBeLessThan(60);
    expect(shrunk.size).toBeGreaterThanOrEqual(30);
    expect(shrunk.lines.length).toBeLessThanOrEqual(3);
    expect(shrunk.truncated).toBe(false);
    expect(shrunk.lines.every((l) => l.width <= 900)).toBe(true);
    // One pixel larger would not have fitted.
    const larger = set(long, { size: shrunk.size + 1 })!;
    expect(larger.truncated).toBe(true);
  });

  test('ellipsizes below the minimum size', () => {
    const long = 'الحكومة تعلن خطة جديدة لدعم الشركات الناشئة في قطاع التقنية المالية وتسهيل حصولها على التمويل من المصارف المحلية والأجنبية';
    const r = set(long, { maxLines: 2, minSize: 56 })!;
    expect(r.truncated).toBe(true);
    expect(r.size).toBe(56);
    expect(r.lines).toHaveLength(2);
    expect(r.text.endsWith('…')).toBe(true);
    expect(long.startsWith(r.text.slice(0, -1).trimEnd())).toBe(true);
    expect(lineText(r, 1).endsWith('…')).toBe(true);
  });

  test('collapses whitespace like CSS', () => {
    expect(collapseWhitespace('  a \n\t b  ')).toBe('a b');
    expect(set(' موجز   اليوم ')!.text).toBe('موجز اليوم');
  });

  test('produces an SVG data URI sized to the box plus bleed', () => {
    const r = set('موجز اليوم', { color: '#123456' })!;
    expect(r.dataUri.startsWith('data:image/svg+xml;base64,')).toBe(true);
    const svg = Buffer.from(r.dataUri.split(',')[1]!, 'base64').toString();
    expect(svg).toBe(r.svg);
    expect(svg).toContain('fill="#123456"');
    expect(r.svgWidth).toBe(Math.ceil(900 + 2 * r.bleed));
    expect(r.height).toBeCloseTo(60 * 1.4, 5);
    expect(r.lines[0]!.path).toMatch(/^M[-\d.]+,[-\d.]+/);
  });

  test('fitWidth shrinks the box to the text', () => {
    const r = set('موجز', { fitWidth: true })!;
    expect(r.width).toBe(Math.ceil(r.lines[0]!.width));
    expect(r.lines[0]!.x).toBeCloseTo(r.width - r.lines[0]!.width, 5);
  });
});
