import { describe, expect, it } from 'vitest';
import { alternatesIn, briefingAlternates, everywhere } from '@/lib/routing/alternates';
import { paths } from '@/lib/routing/paths';
import { availableOthers, languageMap } from './hreflang';

const base = 'https://m.example';

describe('languageMap', () => {
  it('lists every language and x-default (the default language) for a page that exists everywhere', () => {
    expect(languageMap(everywhere(paths.home), base)).toEqual({
      ar: 'https://m.example/ar',
      en: 'https://m.example/en',
      'x-default': 'https://m.example/ar',
    });
  });

  it('gives a briefing without a twin no hreflang at all', () => {
    expect(languageMap(briefingAlternates('x', ['en']), base)).toEqual({});
  });

  it('never names a language where the page does not exist', () => {
    const map = languageMap(briefingAlternates('x', ['ar', 'en']), base);
    expect(map.en).toBe('https://m.example/en/briefings/x');
    expect(Object.keys(map).sort()).toEqual(['ar', 'en', 'x-default']);
  });

  it('is the same set seen from every member (reciprocity)', () => {
    const alternates = alternatesIn((l) => paths.topic(l, 'china'), ['ar', 'en']);
    expect(languageMap(alternates, base)).toEqual(languageMap([...alternates].reverse(), base));
  });
});

describe('availableOthers', () => {
  it('names only the other languages that exist', () => {
    expect(availableOthers(everywhere(paths.home), 'ar')).toEqual(['en']);
    expect(availableOthers(briefingAlternates('x', ['ar']), 'ar')).toEqual([]);
  });
});
