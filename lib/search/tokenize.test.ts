import { describe, expect, it } from 'vitest';
import { splitWords, tokenize } from './tokenize';

describe('tokenize', () => {
  it('keeps each word’s place in the original text, marks included', () => {
    const text = 'قال: الصِّينُ، وإنفيديا!';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['قال', 'الصِّينُ', 'وإنفيديا']);
    expect(tokens.map((t) => t.term)).toEqual(['قال', 'صين', 'انفيديا']);
  });

  it.each([
    ['Nvidia’s H200 chips', ['Nvidia’s', 'H200', 'chips']],
    ['artificial-intelligence', ['artificial', 'intelligence']],
    ['US–China', ['US', 'China']],
    ['<script>alert(1)</script>', ['script', 'alert', '1', 'script']],
    ['ال\u200cصين', ['ال\u200cصين']],
  ])('splits %j into words', (text, words) => {
    expect(splitWords(text)).toEqual(words);
  });

  it('keeps stop words and empty words in place, with an empty term', () => {
    expect(tokenize('ـ على الصين').map((t) => t.term)).toEqual(['', '', 'صين']);
  });
});
