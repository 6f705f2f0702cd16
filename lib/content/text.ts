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

/**
 * The words of an MDX body, for counting: markup, component tags,
 * expressions and link targets go; link texts and component contents stay.
 * Punctuation left behind is harmless (the word counter skips it).
 */
export function mdxPlainText(raw: string): string {
  return raw
    .replace(/^(?:import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
