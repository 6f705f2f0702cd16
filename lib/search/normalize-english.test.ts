import { describe, expect, it } from 'vitest';
import { foldLatin, stemEnglish } from './normalize-english';

describe('foldLatin', () => {
  it.each([
    ['case', 'NVIDIA', 'nvidia'],
    ['accents', 'Café Société', 'cafe societe'],
    ['diaeresis', 'naïve Zürich', 'naive zurich'],
    ['sharp s', 'Straße', 'strasse'],
    ['ligatures', 'ﬁnance', 'finance'],
    ['curly apostrophe', 'Nvidia’s', "nvidia's"],
    ['full-width letters', 'ＡＩ', 'ai'],
  ])('folds %s', (_rule, input, output) => {
    expect(foldLatin(input)).toBe(output);
  });
});

describe('stemEnglish', () => {
  it.each([
    ['possessive', "nvidia's", 'nvidia'],
    ['plural -s', 'chips', 'chip'],
    ['plural -ies', 'companies', 'company'],
    ['plural -sses', 'businesses', 'business'],
    ['-s kept after ss', 'business', 'business'],
    ['-s kept after us', 'status', 'status'],
    ['-s kept after is', 'analysis', 'analysis'],
    ['-ed', 'approved', 'approv'],
    ['-ing', 'approving', 'approv'],
    ['-es via -s and final e', 'approves', 'approv'],
    ['final e', 'approve', 'approv'],
    ['-ed undoubling', 'stopped', 'stop'],
    ['-ing undoubling', 'shipping', 'ship'],
    ['-ll kept', 'calling', 'call'],
    ['-ed without a vowel before it kept', 'shred', 'shred'],
    ['-ing on a short stem kept', 'king', 'king'],
    ['-ee kept', 'agree', 'agree'],
    ['words with digits unchanged', 'h200s', 'h200s'],
    ['short words unchanged', 'ais', 'ais'],
  ])('%s: %s → %s', (_rule, input, output) => {
    expect(stemEnglish(input)).toBe(output);
  });

  it.each([
    ['import', 'imports', 'imported', 'importing'],
    ['export', 'exports', 'exported', 'exporting'],
    ['approve', 'approves', 'approved', 'approving'],
  ])('%s and its inflections meet', (...forms) => {
    expect(new Set(forms.map(stemEnglish)).size).toBe(1);
  });
});
