import { describe, expect, it } from 'vitest';
import { foldArabic, MIN_STEM, stemArabic } from './normalize-arabic';

describe('foldArabic, rule by rule', () => {
  it.each([
    ['strips fatha, damma, kasra', 'كَتَبُوا', 'كتبوا'],
    ['strips shadda and kasra together', 'الصِّين', 'الصين'],
    ['strips tanween', 'رسميًا', 'رسميا'],
    ['strips sukun', 'مِنْ', 'من'],
    ['strips the superscript alef', 'هٰذا', 'هذا'],
    ['strips tatweel', 'الصـــين', 'الصين'],
    ['strips zero-width and bidi marks', 'ال\u200cصين\u200f', 'الصين'],
  ])('tashkeel and tatweel: %s', (_rule, input, output) => {
    expect(foldArabic(input)).toBe(output);
  });

  it.each([
    ['alef with hamza above', 'أحمد', 'احمد'],
    ['alef with hamza below', 'إنفيديا', 'انفيديا'],
    ['alef with madda', 'آلاف', 'الاف'],
    ['alef wasla', 'ٱلصين', 'الصين'],
  ])('unifies %s into a bare alef', (_rule, input, output) => {
    expect(foldArabic(input)).toBe(output);
  });

  it.each([
    ['ta marbuta → ha', 'الدفعة', 'الدفعه'],
    ['alef maqsura → ya', 'على', 'علي'],
    ['hamza on waw → waw', 'مسؤول', 'مسوول'],
    ['hamza on ya → ya', 'رئيس', 'رييس'],
    ['Persian ya → Arabic ya', 'فارسی', 'فارسي'],
    ['Persian kaf → Arabic kaf', 'کتاب', 'كتاب'],
  ])('letters: %s', (_rule, input, output) => {
    expect(foldArabic(input)).toBe(output);
  });

  it.each([
    ['Arabic-Indic digits', '٢٠٢٦', '2026'],
    ['Persian digits', '۲۰۲۶', '2026'],
    ['digits inside Latin', 'H٢٠٠', 'H200'],
  ])('digits: %s → ASCII', (_rule, input, output) => {
    expect(foldArabic(input)).toBe(output);
  });

  it('leaves Latin text and the bare hamza alone', () => {
    expect(foldArabic('Nvidia H200 ء')).toBe('Nvidia H200 ء');
  });
});

describe('stemArabic, rule by rule', () => {
  it.each([
    ['ال', 'الصين', 'صين'],
    ['وال', 'والصين', 'صين'],
    ['بال', 'بالصين', 'صين'],
    ['فال', 'فالصين', 'صين'],
    ['كال', 'كالصين', 'صين'],
    ['لل', 'للصين', 'صين'],
    ['و', 'وبكين', 'كين'],
    ['ف', 'فبكين', 'كين'],
    ['ب', 'بكين', 'كين'],
    ['ك', 'كتوافق', 'توافق'],
    ['ل', 'لتوافق', 'توافق'],
  ])('strips the prefix %s', (_prefix, input, output) => {
    expect(stemArabic(input)).toBe(output);
  });

  it.each([
    ['ات', 'شركات', 'شرك'],
    ['ون', 'مسوولون', 'مسوول'],
    ['ين', 'مسوولين', 'مسوول'],
    ['ها', 'موافقتها', 'موافقت'],
    ['هم', 'شركاتهم', 'شركات'],
    ['ان', 'مصدران', 'مصدر'],
    ['يه (ية folded)', 'صينيه', 'صين'],
    ['ه (ة folded)', 'دفعه', 'دفع'],
    ['ي', 'صيني', 'صين'],
  ])('strips the suffix %s', (_suffix, input, output) => {
    expect(stemArabic(input)).toBe(output);
  });

  it.each([
    ['a prefix leaving one letter', 'الم', 'الم'],
    ['the article leaving two letters is fine', 'الله', 'له'],
    ['a lone preposition leaving two letters', 'بيت', 'بيت'],
    ['a suffix leaving two letters', 'علي', 'علي'],
    ['a suffix leaving one letter', 'ين', 'ين'],
    ['a two-letter word', 'من', 'من'],
    ['a one-letter word', 'و', 'و'],
  ])('keeps short words whole: %s', (_case, input, output) => {
    expect(stemArabic(input)).toBe(output);
  });

  it(`never leaves fewer than ${MIN_STEM} letters after a suffix`, () => {
    for (const w of ['ات', 'بات', 'كتبات', 'هم', 'فهم', 'سيه']) {
      const stem = stemArabic(w);
      expect(stem === w || stem.length >= 2).toBe(true);
    }
    expect(stemArabic('فهم')).toBe('فهم');
  });

  it('strips one prefix and one suffix, no more', () => {
    expect(stemArabic('والشركات')).toBe('شرك');
    expect(stemArabic('الصينيات')).toBe('صيني');
  });
});
