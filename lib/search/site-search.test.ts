import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { locales } from '@/i18n/locales';
import { getBriefings } from '@/lib/content';
import { loadIndex, type SerializedIndex } from './search-index';
import { searchAll } from './query';
import { contentFingerprint, getSearchIndex, indexFromFile, indexPath, searchDocument, searchSite, writeSearchIndexes } from './site-search';

const root = mkdtempSync(join(tmpdir(), 'mawjaz-search-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the site’s search indexes', () => {
  const written = writeSearchIndexes(root);
  const read = (locale: (typeof locales)[number]) => JSON.parse(readFileSync(indexPath(locale, root), 'utf8')) as SerializedIndex;

  it('writes one file per language, covering exactly its published briefings', () => {
    expect(written.map((w) => w.locale)).toEqual(locales);
    for (const locale of locales) {
      const file = read(locale);
      expect(file.locale).toBe(locale);
      expect(file.count).toBe(getBriefings(locale).length);
      const ids = Object.values(file.index.documentIds as Record<string, string>).sort();
      expect(ids).toEqual(
        getBriefings(locale)
          .map((b) => b.slug)
          .sort(),
      );
      expect(file.fingerprint).toBe(contentFingerprint(getBriefings(locale), locale));
    }
  });

  it('writes the same bytes twice (deterministic)', () => {
    const first = locales.map((l) => readFileSync(indexPath(l, root), 'utf8'));
    writeSearchIndexes(root);
    expect(locales.map((l) => readFileSync(indexPath(l, root), 'utf8'))).toEqual(first);
  });

  it('answers from the file as from an index built in-process', () => {
    for (const [locale, q] of [
      ['ar', 'انفيديا'],
      ['en', 'nvidia h200'],
    ] as const) {
      expect(searchAll(loadIndex(read(locale))!, q)).toEqual(searchAll(getSearchIndex(locale), q));
    }
  });

  it('indexes topic labels in the page’s language', () => {
    expect(searchAll(getSearchIndex('en'), 'semiconductors').length).toBe(getBriefings('en').filter((b) => b.topics.includes('semiconductors')).length);
    expect(searchAll(getSearchIndex('ar'), 'أشباه الموصلات').length).toBeGreaterThan(0);
  });

  it.each([
    ['missing', () => null],
    ['of another language', (f: SerializedIndex) => ({ ...f, locale: 'ar' })],
    ['from other content (stale)', (f: SerializedIndex) => ({ ...f, fingerprint: 'stale' })],
    ['of an older format', (f: SerializedIndex) => ({ ...f, format: 'mawjaz-search-0' as never })],
  ])('is not used when %s: the server builds the index itself', (_case, change) => {
    const file = read('en');
    expect(indexFromFile(file, 'en', file.fingerprint)).not.toBeNull();
    expect(indexFromFile(change(file), 'en', file.fingerprint)).toBeNull();
  });

  it('fingerprints content: a changed summary changes it', () => {
    const list = getBriefings('en');
    const changed = list.map((b, i) => (i === 0 ? { ...b, summary: `${b.summary} more` } : b));
    expect(contentFingerprint(changed, 'en')).not.toBe(contentFingerprint(list, 'en'));
  });
});

describe('searchSite', () => {
  it('returns briefings with highlighted titles, and the other languages’ counts', () => {
    const res = searchSite('ar', 'انفيديا', 1);
    expect(res.total).toBe(res.items.length);
    expect(res.items.length).toBeGreaterThan(0);
    const item = res.items[0]!;
    expect(item.briefing.locale).toBe('ar');
    expect(item.view.title.some((s) => s.match && s.text === 'إنفيديا')).toBe(true);
    expect(res.elsewhere.map((e) => e.locale)).toEqual(locales.filter((l) => l !== 'ar'));
  });

  it('finds nothing for a word no briefing has', () => {
    expect(searchSite('en', 'xylophone', 1)).toMatchObject({ total: 0, items: [], page: 1, pageCount: 1 });
  });

  it('finds a name typed in the other script: nvidia on an English page counts the Arabic briefings about إنفيديا', () => {
    const arabic = getBriefings('ar').filter((b) => /إنفيديا/.test(`${b.title} ${b.summary}`)).length;
    expect(arabic).toBe(2);
    expect(searchSite('en', 'nvidia', 1).elsewhere).toEqual([{ locale: 'ar', query: 'إنفيديا', count: arabic }]);
    expect(searchSite('ar', 'إنفيديا', 1).elsewhere).toEqual([{ locale: 'en', query: 'Nvidia', count: 2 }]);
  });

  it('answers a Latin name on an Arabic page with the Arabic briefings that spell it in Arabic', () => {
    const res = searchSite('ar', 'huawei', 1);
    expect(res.total).toBeGreaterThan(0);
    expect(res.items[0]!.view.snippet.segments.some((s) => s.match && s.text.includes('هواوي'))).toBe(true);
  });

  it('keeps the words as typed when they match as they are', () => {
    expect(searchSite('en', 'H200', 1).elsewhere).toEqual([{ locale: 'ar', query: 'H200', count: 2 }]);
  });
});

describe('the text snippets are cut from', () => {
  it.each(locales)('has no Markdown syntax in %s: what readers see', (locale) => {
    for (const b of getBriefings(locale)) {
      const { text } = searchDocument(b, locale);
      expect(text, b.slug).not.toMatch(/(?:^|\s)(?:#{1,6}|[-*+>]|\d+[.)])\s/);
      expect(text, b.slug).not.toMatch(/\*\*|__|`/);
    }
  });
});
