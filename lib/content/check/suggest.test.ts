import { describe, expect, it } from 'vitest';
import { didYouMean, didYouMeanText, editDistance } from './suggest';

describe('editDistance', () => {
  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('summray', 'summary')).toBe(1);
  });
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('date', 'data')).toBe(1);
    expect(editDistance('source', 'sources')).toBe(1);
  });
});

describe('didYouMean', () => {
  const fields = ['title', 'summary', 'date', 'updated', 'topics', 'sources', 'draft', 'image'];
  it('finds the field an editor meant', () => {
    expect(didYouMean('titel', fields)).toBe('title');
    expect(didYouMean('Topic', fields)).toBe('topics');
    expect(didYouMean('source', fields)).toBe('sources');
    expect(didYouMean('keypoints', ['KeyPoints', 'Quote'])).toBe('KeyPoints');
  });
  it('suggests nothing for a word that is not close to any', () => {
    expect(didYouMean('author', fields)).toBeNull();
    expect(didYouMeanText('author', fields)).toBe('');
  });
  it('phrases the hint for a message', () => {
    expect(didYouMeanText('titel', fields)).toBe(' (did you mean "title"?)');
  });
});
