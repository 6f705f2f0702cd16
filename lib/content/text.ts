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

/** Where `needle` first occurs in `text`, as a 1-based line and column; null if absent. */
export function positionIn(text: string, pattern: RegExp): { line: number; column: number } | null {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    pattern.lastIndex = 0;
    const match = pattern.exec(lines[i]!);
    if (match) return { line: i + 1, column: match.index + 1 };
  }
  return null;
}
