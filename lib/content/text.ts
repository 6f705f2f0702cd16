const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Length as a reader sees it: user-perceived characters (grapheme clusters).
 * A letter with its tashkeel (الصِّينُ), a flag or an emoji family counts
 * once; `.length` would count each code unit.
 */
export function visibleLength(text: string): number {
  let n = 0;
  for (const _ of segmenter.segment(text.normalize('NFC'))) n++;
  return n;
}
