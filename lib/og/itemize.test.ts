import { describe, expect, test } from 'vitest';
import { assignFonts, chooseFont, itemize, resolveScripts, scriptOf } from './itemize';

describe('scripts', () => {
  test('classifies code points', () => {
    expect(scriptOf('ب')).toBe('Arab');
    expect(scriptOf('٢')).toBe('Arab');
    expect(scriptOf('N')).toBe('Latn');
    expect(scriptOf(' ')).toBe('Zyyy');
    expect(scriptOf('\u064E')).toBe('Zinh'); // fatha
  });

  test('common and inherited characters take the script around them', () => {
    const text = 'قال، Nvidia 200 (نعم)';
    const scripts = resolveScripts(text);
    expect(scripts[text.indexOf('،')]).toBe('Arab');
    expect(scripts[text.indexOf('2')]).toBe('Latn');
    expect(scripts[text.indexOf('(')]).toBe('Latn');
    expect(resolveScripts('2026')).toEqual([null, null, null, null]);
    expect(resolveScripts('\u064Eب')[0]).toBe('Arab'); // a leading mark takes what follows
  });
});

describe('font fallback', () => {
  const arabicFont = (cp: number) => cp === 0x20 || (cp >= 0x600 && cp <= 0x6ff);
  const latinFont = (cp: number) => cp < 0x250;

  test('takes the first font that has the whole cluster', () => {
    expect(chooseFont('ب', [arabicFont, latinFont])).toBe(0);
    expect(chooseFont('N', [arabicFont, latinFont])).toBe(1);
    expect(chooseFont(' ', [arabicFont, latinFont])).toBe(0);
    expect(chooseFont(' ', [latinFont, arabicFont])).toBe(0);
    expect(chooseFont('بَ', [latinFont, arabicFont])).toBe(1); // base and mark together
    expect(chooseFont('\u200d', [latinFont, arabicFont])).toBe(0); // nothing to draw
    expect(chooseFont('😀', [latinFont, arabicFont])).toBe(0); // nobody has it: primary draws .notdef
  });

  test('assigns fonts per grapheme cluster', () => {
    const fonts = assignFonts('بَ N', [arabicFont, latinFont]);
    expect([...fonts]).toEqual([0, 0, 0, 1]);
  });
});

describe('itemize', () => {
  test('cuts where level, script or font changes', () => {
    const items = itemize([1, 1, 1, 2, 2, 2], ['Arab', 'Arab', 'Arab', 'Latn', 'Latn', 'Latn'], [0, 0, 1, 1, 1, 0]);
    expect(items).toEqual([
      { start: 0, end: 2, level: 1, script: 'Arab', font: 0 },
      { start: 2, end: 3, level: 1, script: 'Arab', font: 1 },
      { start: 3, end: 5, level: 2, script: 'Latn', font: 1 },
      { start: 5, end: 6, level: 2, script: 'Latn', font: 0 },
    ]);
    expect(itemize([], [], [])).toEqual([]);
  });
});
