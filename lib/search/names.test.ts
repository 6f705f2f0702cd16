import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '@/i18n/locales';
import { readBriefingFile } from '@/lib/content/briefing-file';
import { mdxPlainText } from '@/lib/content/text';
import { inLanguage, NAMES } from './names';
import { normalizeTerm } from './normalize';
import { tokenize } from './tokenize';

/**
 * Every normalised word of a language's briefings (title, summary and body),
 * read from their files: contentlayer's output holds only the window a
 * build compiled (the end-to-end setup builds with one briefing per language).
 */
function termsOf(locale: string): Set<string> {
  const dir = join('content/briefings', locale);
  const text = readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => readBriefingFile(`briefings/${locale}/${name}`, readFileSync(join(dir, name), 'utf8')))
    .map((file) => (file ? `${file.briefing.title} ${file.briefing.summary} ${mdxPlainText(file.bodyRaw)}` : ''))
    .join(' ');
  return new Set(tokenize(text).map((t) => t.term));
}

describe('the table of names', () => {
  it.each(locales)('spells every name as the %s briefings do', (locale) => {
    const terms = termsOf(locale);
    const missing = NAMES.map((n) => n[locale]).filter((s): s is string => s !== undefined && !tokenize(s).every((t) => terms.has(t.term)));
    expect(missing).toEqual([]);
  });

  it('gives every name at least two languages, and no spelling to two names', () => {
    expect(NAMES.filter((n) => Object.keys(n).length < 2)).toEqual([]);
    const terms = NAMES.flatMap((n) => Object.values(n).map((s) => normalizeTerm(s!)));
    expect(terms.filter((t) => t === '')).toEqual([]);
    expect(terms.length).toBe(new Set(terms).size);
  });
});

describe('inLanguage', () => {
  it('writes a Latin name in Arabic, and an Arabic one in English', () => {
    expect(inLanguage('nvidia', 'ar')).toBe('إنفيديا');
    expect(inLanguage('إنفيديا', 'en')).toBe('Nvidia');
  });

  it('knows the spelling variants the index folds together', () => {
    expect(inLanguage('NVIDIA', 'ar')).toBe('إنفيديا');
    expect(inLanguage('انفيديا', 'en')).toBe('Nvidia');
    expect(inLanguage('Nvidia’s', 'ar')).toBe('إنفيديا');
  });

  it('keeps every other word, and the spaces, as typed', () => {
    expect(inLanguage('nvidia H200 beijing', 'ar')).toBe('إنفيديا H200 بكين');
    expect(inLanguage('رقائق هواوي', 'en')).toBe('رقائق Huawei');
    expect(inLanguage('xylophone', 'ar')).toBe('xylophone');
    expect(inLanguage('nvidia', 'en')).toBe('nvidia');
  });

  it('leaves a name the target language has no spelling for', () => {
    expect(inLanguage('Mawjaz', 'ar', [{ en: 'Mawjaz' }])).toBe('Mawjaz');
  });
});
