import { describe, expect, it } from 'vitest';
import { changedFields, changedParagraphs, compareBriefingTexts, hasChanged, paragraphsOf } from './source-changes';

describe('changedFields', () => {
  it('names fields changed, added and removed, whatever the key order of nested values', () => {
    expect(
      changedFields(
        { title: 'A', date: '2026-01-28', image: { src: '/a.jpg', alt: 'x' }, draft: true },
        { title: 'B', date: '2026-01-28', image: { alt: 'x', src: '/a.jpg' }, updated: '2026-01-29' },
      ),
    ).toEqual(['draft', 'title', 'updated']);
  });

  it('is empty for the same values', () => {
    expect(changedFields({ topics: ['a', 'b'] }, { topics: ['a', 'b'] })).toEqual([]);
    expect(changedFields({ topics: ['a', 'b'] }, { topics: ['b', 'a'] })).toEqual(['topics']);
  });
});

describe('paragraphs', () => {
  it('splits on blank lines, collapsing whitespace and CRLF', () => {
    expect(paragraphsOf('One\r\nline.\r\n\r\n  Two  \n\n\n')).toEqual(['One line.', 'Two']);
  });

  it('finds new, rewritten and removed paragraphs, and not moved ones', () => {
    expect(changedParagraphs('A.\n\nB.\n\nC.', 'C.\n\nA.\n\nB, rewritten.\n\nD.')).toEqual({ added: ['B, rewritten.', 'D.'], removed: ['B.'] });
  });

  it('counts a repeated paragraph as many times as it appears', () => {
    expect(changedParagraphs('A.\n\nA.', 'A.')).toEqual({ added: [], removed: ['A.'] });
  });

  it('shortens long paragraphs for display', () => {
    const { added } = changedParagraphs('', 'x'.repeat(300));
    expect(added[0]).toHaveLength(100);
    expect(added[0]!.endsWith('…')).toBe(true);
  });
});

describe('compareBriefingTexts', () => {
  it('compares the frontmatter by field and the body by paragraph', () => {
    const before = '---\ntitle: A\ndate: 2026-01-28\n---\n\nFirst.\n\nSecond.\n';
    const after = '---\ntitle: A\r\ndate: 2026-01-28\r\nupdated: 2026-01-29\r\n---\r\n\r\nFirst.\r\n\r\nSecond, corrected.\r\n';
    expect(compareBriefingTexts(before, after)).toEqual({ fields: ['updated'], paragraphs: { added: ['Second, corrected.'], removed: ['Second.'] } });
  });

  it('treats a file that did not exist as empty', () => {
    expect(compareBriefingTexts('', '---\ntitle: A\n---\nText.')).toEqual({ fields: ['title'], paragraphs: { added: ['Text.'], removed: [] } });
  });
});

it('hasChanged: commits, lines or fields', () => {
  const none = { source: 's', since: 'c', commits: [], insertions: 0, deletions: 0, fields: [], paragraphs: { added: [], removed: [] } };
  expect(hasChanged(none)).toBe(false);
  expect(hasChanged({ ...none, deletions: 1 })).toBe(true);
  expect(hasChanged({ ...none, commits: [{ commit: 'c', time: 0, subject: 's' }] })).toBe(true);
});
