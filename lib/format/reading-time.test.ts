import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeInfo, locales } from '@/i18n/locales';
import { countWords, readingTime } from './reading-time';

const words = (word: string, n: number) => Array.from({ length: n }, () => word).join(' ');

describe('countWords', () => {
  it('counts English words and skips punctuation', () => {
    expect(countWords("China approves its first imports of Nvidia's H200 chips.", 'en')).toBe(9);
    expect(countWords('  — , . ; ! ', 'en')).toBe(0);
  });

  it('counts Arabic words with attached clitics as one, and Latin runs inside them', () => {
    // و + بال + صين is one written word; H200 is a word of its own.
    expect(countWords('وافقت الصين على استيراد رقائق H200 وبالصين.', 'ar')).toBe(7);
  });

  it('does not split a word on tashkeel or tatweel', () => {
    expect(countWords('مُحَمَّدٌ كَتَبَ الدَّرْسَ', 'ar')).toBe(3);
    expect(countWords('الســـلام عليكم', 'ar')).toBe(2);
  });

  it('counts Arabic-Indic and Latin numbers as words', () => {
    expect(countWords('في عام ٢٠٢٦ و 2026', 'ar')).toBe(5);
  });

  // countWords uses a pattern for scripts with spaces, for speed: it must
  // count what the Unicode word-boundary rules (Intl.Segmenter) count.
  const segmented = (text: string, locale: string) => [...new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).length;
  const briefings = readdirSync('content/briefings', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));

  it.each(briefings)('counts content/briefings/%s as Intl.Segmenter does', (file) => {
    const locale = file.split('/')[0] as (typeof locales)[number];
    const text = readFileSync(`content/briefings/${file}`, 'utf8');
    expect(countWords(text, locale)).toBe(segmented(text, locale));
  });

  it.each([
    ["U.S. officials don't say 1,000.5 or 3:30; e-mail, H-20 and O’Neill’s a.m.", 'en'],
    ['قال ١٬٠٠٠ و٣٫٥ مليون، «إنفيديا» (Nvidia) – 2026م وـ الصين؟ نعم؛ لا', 'ar'],
    ['café naïve coöperate résumé 10,000,000 10.5.3 x_y', 'en'],
  ])('counts %j as Intl.Segmenter does', (text, locale) => {
    expect(countWords(text, locale as (typeof locales)[number])).toBe(segmented(text, locale));
  });
});

describe('readingTime', () => {
  it('uses a slower speed for Arabic than for English, from the locale table', () => {
    expect(localeInfo('ar').wordsPerMinute).toBeLessThan(localeInfo('en').wordsPerMinute);
    for (const locale of locales) expect(localeInfo(locale).wordsPerMinute).toBeGreaterThan(100);
  });

  it('gives English whole minutes at its speed, never less than one', () => {
    const wpm = localeInfo('en').wordsPerMinute;
    expect(readingTime('', 'en')).toEqual({ words: 0, minutes: 1 });
    expect(readingTime(words('news', wpm), 'en')).toEqual({ words: wpm, minutes: 1 });
    expect(readingTime(words('news', wpm + 1), 'en')).toEqual({ words: wpm + 1, minutes: 2 });
  });

  it('gives Arabic whole minutes at its speed', () => {
    const wpm = localeInfo('ar').wordsPerMinute;
    expect(readingTime(words('الرقائق', wpm), 'ar')).toEqual({ words: wpm, minutes: 1 });
    expect(readingTime(words('الرقائق', wpm + 1), 'ar')).toEqual({ words: wpm + 1, minutes: 2 });
  });

  it('makes the same number of words take longer in Arabic', () => {
    const n = 1000;
    expect(readingTime(words('الرقائق', n), 'ar').minutes).toBeGreaterThan(readingTime(words('chips', n), 'en').minutes);
  });
});
