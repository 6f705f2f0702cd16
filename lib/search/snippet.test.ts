import { describe, expect, it } from 'vitest';
import { normalizeTerm } from './normalize';
import { lead, snippet } from './snippet';

const terms = (...words: string[]) => new Set(words.map(normalizeTerm));
const words = (n: number, w = 'filler') => Array.from({ length: n }, () => w).join(' ');

describe('snippet', () => {
  it('is null when no word matched', () => {
    expect(snippet('nothing to see', terms('chips'))).toBeNull();
  });

  it('shows a short text whole', () => {
    const s = snippet('Nvidia sells chips', terms('chips'))!;
    expect(s.cutStart).toBe(false);
    expect(s.cutEnd).toBe(false);
    expect(s.segments.map((x) => x.text).join('')).toBe('Nvidia sells chips');
  });

  it('cuts a long text around the first match, with context before it', () => {
    const text = `${words(50)} before the chips arrived ${words(50)}`;
    const s = snippet(text, terms('chips'), 20)!;
    expect(s.cutStart).toBe(true);
    expect(s.cutEnd).toBe(true);
    const shown = s.segments.map((x) => x.text).join('');
    expect(shown).toContain('before the chips arrived');
    expect(shown.split(' ')).toHaveLength(20);
  });

  it('prefers the window holding the most distinct matched words', () => {
    const text = `chips ${words(40)} nvidia ${words(3)} chips ${words(40)}`;
    const s = snippet(text, terms('chips', 'nvidia'), 10)!;
    expect(s.segments.filter((x) => x.match).map((x) => x.text)).toEqual(['nvidia', 'chips']);
  });
});

describe('lead', () => {
  it('gives the opening words, cut', () => {
    const s = lead(`${words(40, 'word')}`, 5);
    expect(s.segments[0]!.text).toBe('word word word word word');
    expect(s.cutEnd).toBe(true);
  });
});
