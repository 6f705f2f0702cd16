import { describe, expect, it } from 'vitest';
import { mdxPlainText, visibleLength } from './text';

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

describe('mdxPlainText', () => {
  it('keeps the words of components and links, drops tags, targets and expressions', () => {
    const raw = [
      '<KeyPoints>',
      '- First point with [a link](https://example.com/x).',
      '</KeyPoints>',
      '',
      '## What happened',
      '',
      '<Event date="2026-01">Chips <bdi>H200</bdi> arrived.</Event>',
      '![An image](/a.png) {1 + 1}',
    ].join('\n');
    expect(mdxPlainText(raw)).toBe('First point with a link. What happened Chips H200 arrived. An image');
  });

  it('drops Markdown’s syntax, which readers never see: list markers, headings, quotes, emphasis, code', () => {
    const raw = ['## ما الذي حدث', '', '- وافقت **الصين** على الاستيراد.', '1. The *first* batch', '2) A `H200` chip', '> - quoted _point_', '', '---', 'snake_case and 3 * 4 * 5 stay'].join('\n');
    expect(mdxPlainText(raw)).toBe('ما الذي حدث وافقت الصين على الاستيراد. The first batch A H200 chip quoted point snake_case and 3 * 4 * 5 stay');
  });

  it('keeps a hyphen, a hash or a number inside a line', () => {
    expect(mdxPlainText('US-China talks #2 on 1. March - maybe')).toBe('US-China talks #2 on 1. March - maybe');
  });
});
