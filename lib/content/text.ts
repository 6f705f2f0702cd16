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
 * The words of an MDX body as a reader sees them, for counting and for
 * search snippets: markup, component tags, expressions and link targets go;
 * link texts and component contents stay. Markdown's own syntax goes too:
 * heading hashes, list markers and quote marks at the start of a line,
 * emphasis and code marks around words (a snippet read "- " and "## "
 * before). Punctuation left behind is harmless (the word counter skips it).
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
    // Block syntax, per line (a quoted list item has both): rules, then
    // headings, quotes and list markers, bullets and numbers alike.
    .replace(/^[ \t]*(?:[-*_][ \t]*){3,}$/gm, ' ')
    .replace(/^(?:[ \t]*(?:#{1,6}(?=[ \t])|>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))+/gm, ' ')
    // Emphasis and code: the words stay, the marks go. Underscores only at
    // a word's edge, so snake_case and URLs keep theirs.
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/(?<![\p{L}\p{N}*])\*(?=\S)([^*\n]*?\S)\*(?![\p{L}\p{N}])/gu, '$1')
    .replace(/(?<![\p{L}\p{N}_])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}])/gu, '$1')
    .replace(/`([^`\n]*)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
