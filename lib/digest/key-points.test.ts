import { describe, expect, it } from 'vitest';
import { keyPointsOf } from './key-points';

describe('keyPointsOf', () => {
  it('reads the items of the KeyPoints list as plain text, inline tags gone without a stray space', () => {
    const mdx = [
      '<KeyPoints>',
      '- وافقت الصين على رقائق <bdi>H200</bdi>، بحسب **مصدرين**.',
      '- See [the report](https://example.com/r) and `code`.',
      '  continued on the next line',
      '</KeyPoints>',
      '',
      '## Heading',
      '- not a key point',
    ].join('\n');
    expect(keyPointsOf(mdx)).toEqual(['وافقت الصين على رقائق H200، بحسب مصدرين.', 'See the report and code. continued on the next line']);
  });

  it('takes numbered items and the first list only', () => {
    expect(keyPointsOf('<KeyPoints>\n1. One\n2) Two\n</KeyPoints>\n<KeyPoints>\n- Three\n</KeyPoints>')).toEqual(['One', 'Two']);
  });

  it('is empty without a KeyPoints list', () => {
    expect(keyPointsOf('Just a paragraph.\n\n- a list')).toEqual([]);
  });
});
