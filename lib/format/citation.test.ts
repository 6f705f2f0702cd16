import { describe, expect, it } from 'vitest';
import { citationParts } from './citation';

const en = { separator: ', ', quoteOpen: '“', quoteClose: '”' };
const ar = { separator: '، ', quoteOpen: '«', quoteClose: '»' };

describe('citationParts', () => {
  it.each([
    ['en', { name: 'Reuters', date: '2026-01-28' }, en, 'Reuters, 28 January 2026', null],
    ['ar', { name: 'رويترز', date: '2026-01-28' }, ar, 'رويترز، 28 يناير 2026', null],
    ['en', { name: 'Reuters', title: 'China approves', date: '2026-01-28', url: 'https://r.example/a' }, en, 'Reuters, “China approves”, 28 January 2026', 'https://r.example/a'],
    ['ar', { name: 'رويترز', title: 'الصين توافق', url: 'https://r.example/a' }, ar, 'رويترز، «الصين توافق»', 'https://r.example/a'],
  ] as const)('in %s: %j reads "%s"', (locale, source, words, text, url) => {
    const c = citationParts(source, locale, words);
    expect(c.text).toBe(text);
    expect(c.url).toBe(url);
  });

  it('gives the date for <time datetime>', () => {
    expect(citationParts({ name: 'Reuters', date: '2026-01-28' }, 'en', en).date).toEqual({ text: '28 January 2026', datetime: '2026-01-28' });
    expect(citationParts({ name: 'Reuters' }, 'en', en).date).toBeNull();
  });
});
