import { describe, expect, it } from 'vitest';
import { describeChange, formatStaleComment, formatStaleText, parseNameStatus, STALE_MARKER, staleTranslations } from './stale';

const AR = 'content/briefings/ar/chips.mdx';
const EN = 'content/briefings/en/chips.mdx';
const both = (path: string) => [AR, EN, 'content/briefings/ar/other.mdx', 'content/briefings/en/other.mdx'].includes(path);

describe('parseNameStatus', () => {
  it('reads statuses and paths, a rename as its new path', () => {
    expect(parseNameStatus(`M\t${AR}\nR087\tcontent/briefings/en/old.mdx\t${EN}\nA\tcontent/briefings/ar/new.mdx\n\n`)).toEqual([
      { status: 'M', path: AR },
      { status: 'R', path: EN },
      { status: 'A', path: 'content/briefings/ar/new.mdx' },
    ]);
  });
});

describe('staleTranslations', () => {
  it('a briefing changed in one language leaves its twin behind', () => {
    expect(staleTranslations([{ status: 'M', path: AR }], both)).toEqual([{ source: AR, sourceLocale: 'ar', translation: EN, locale: 'en', slug: 'chips' }]);
  });

  it('nothing is behind when both versions change together', () => {
    expect(staleTranslations([{ status: 'M', path: AR }, { status: 'M', path: EN }], both)).toEqual([]);
  });

  it('a twin that does not exist is not behind (the translation rule says it is missing)', () => {
    expect(staleTranslations([{ status: 'M', path: AR }], (p) => p === AR)).toEqual([]);
  });

  it('adding a briefing or a translation, or deleting one, leaves nothing behind', () => {
    expect(staleTranslations([{ status: 'A', path: EN }], both)).toEqual([]);
    expect(staleTranslations([{ status: 'D', path: AR }], both)).toEqual([]);
  });

  it('ignores files that are not briefings, and languages the site does not have', () => {
    expect(staleTranslations([{ status: 'M', path: 'content/topics.yaml' }, { status: 'M', path: 'content/pages/ar/about.mdx' }, { status: 'M', path: 'content/briefings/fr/chips.mdx' }], () => true)).toEqual([]);
  });

  it('a renamed briefing leaves its twin behind under the new name', () => {
    expect(staleTranslations([{ status: 'R', path: 'content/briefings/en/other.mdx' }], both).map((s) => s.translation)).toEqual(['content/briefings/ar/other.mdx']);
  });

  it('lists several, in path order', () => {
    const stale = staleTranslations([{ status: 'M', path: EN }, { status: 'M', path: 'content/briefings/ar/other.mdx' }], both);
    expect(stale.map((s) => `${s.source} -> ${s.translation}`)).toEqual([`${EN} -> ${AR}`, 'content/briefings/ar/other.mdx -> content/briefings/en/other.mdx']);
  });
});

describe('the comment', () => {
  const change = { fields: ['corrections', 'updated'], paragraphs: { added: ['a new paragraph'], removed: [] } };

  it('is empty when nothing is behind, so the workflow posts nothing', () => {
    expect(formatStaleComment([], new Map())).toBe('');
    expect(formatStaleText([], new Map())).toBe('No translation is left behind.');
  });

  it('is a table with the marker the workflow finds it by', () => {
    const body = formatStaleComment(staleTranslations([{ status: 'M', path: AR }], both), new Map([[AR, change]]));
    expect(body.startsWith(`${STALE_MARKER}\n### 1 translation this pull request leaves behind`)).toBe(true);
    expect(body).toContain(`| \`${AR}\` | \`${EN}\` | fields: \`corrections\`, \`updated\`; 1 paragraph new or rewritten, 0 removed |`);
  });

  it('says what changed in words', () => {
    expect(describeChange({ fields: [], paragraphs: { added: ['a', 'b'], removed: ['c'] } })).toBe('2 paragraphs new or rewritten, 1 removed');
    expect(describeChange(undefined)).toBe('');
  });
});
