import { describe, expect, it } from 'vitest';
import { clearTermMemo, normalizeTerm } from './normalize';

describe('normalizeTerm: one function for index and query', () => {
  it.each([
    ['انفيديا', 'إنفيديا'],
    ['الصِّين', 'الصين'],
    ['الدفعه', 'الدفعة'],
    ['مستشفي', 'مستشفى'],
    ['والصين', 'الصين'],
    ['الصينية', 'الصين'],
    ['مسوول', 'مسؤول'],
    ['رييس', 'رئيس'],
    ['٢٠٠', '200'],
    ['ﻹنفيديا', 'إنفيديا'],
    ['nvidia', 'NVIDIA'],
    ['nvidia', 'Nvidia’s'],
    ['Société', 'societe'],
  ])('%s and %s meet', (typed, written) => {
    expect(normalizeTerm(typed)).toBe(normalizeTerm(written));
    expect(normalizeTerm(typed)).not.toBe('');
  });

  it.each([
    ['الصين', 'اليابان'],
    ['nvidia', 'nvidium'],
    ['chip', 'ship'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(normalizeTerm(a)).not.toBe(normalizeTerm(b));
  });

  it.each([['ـ'], ['\u064B'], ['\u200c']])('returns empty for a word with nothing left (%j)', (w) => {
    expect(normalizeTerm(w)).toBe('');
  });

  it.each([['على'], ['علي'], ['في'], ['الذي'], ['The'], ['of'], ['said']])('returns empty for the stop word %s', (w) => {
    expect(normalizeTerm(w)).toBe('');
  });

  it('gives the same answer from memory as fresh', () => {
    const words = ['الصِّين', 'إنفيديا', 'Approved', 'على'];
    const first = words.map(normalizeTerm);
    clearTermMemo();
    expect(words.map(normalizeTerm)).toEqual(first);
  });
});
