import { describe, expect, it } from 'vitest';
import { highlight } from './highlight';
import { normalizeTerm } from './normalize';

const terms = (...words: string[]) => new Set(words.map(normalizeTerm));

describe('highlight', () => {
  it('marks the original characters, tashkeel and hamza kept', () => {
    const text = 'وافقت الصِّينُ على رقائق إنفيديا';
    const segments = highlight(text, terms('الصين', 'انفيديا'));
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['الصِّينُ', 'إنفيديا']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('marks inflected English forms that share the stem', () => {
    const segments = highlight('China approved imports of Nvidia’s chips', terms('approve', 'nvidia'));
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['approved', 'Nvidia’s']);
  });

  it('returns the whole text unmarked when nothing matched', () => {
    expect(highlight('no match here', terms('xyz'))).toEqual([{ text: 'no match here', match: false }]);
  });

  it('keeps HTML in the text as text (escaping is React’s job)', () => {
    const segments = highlight('<b>chips</b>', terms('chips'));
    expect(segments).toEqual([
      { text: '<b>', match: false },
      { text: 'chips', match: true },
      { text: '</b>', match: false },
    ]);
  });
});
