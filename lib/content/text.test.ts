import { describe, expect, it } from 'vitest';
import { visibleLength } from './text';

describe('visibleLength', () => {
  it('counts a letter with its tashkeel once', () => {
    const plain = 'الصين';
    const voweled = 'الصِّينُ';
    expect(voweled.length).toBeGreaterThan(plain.length);
    expect(visibleLength(voweled)).toBe(visibleLength(plain));
  });
  it('counts an emoji, even a joined one, once', () => {
    expect(visibleLength('🚀')).toBe(1);
    expect(visibleLength('👩‍💻 news')).toBe(6);
  });
  it('counts Arabic punctuation like any character', () => {
    expect(visibleLength('«نعم»، لا؛ لماذا؟')).toBe(17);
  });
});
