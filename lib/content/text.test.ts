import { describe, expect, it } from 'vitest';
import { mdxPlainText } from './text';

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
    expect(mdxPlainText(raw)).toBe('- First point with a link. ## What happened Chips H200 arrived. An image');
  });
});
