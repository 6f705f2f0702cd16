/**
 * Edit distance with transpositions (optimal string alignment): `titel` is
 * one edit from `title`, as an editor would expect, not two.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The candidate an editor most likely meant, or null when none is close.
 * Case is ignored (`Title`, `keypoints`); "close" is at most a third of the
 * word's letters, so short words are not matched to anything at all.
 */
export function didYouMean(input: string, candidates: Iterable<string>): string | null {
  const needle = input.toLowerCase();
  let best: { candidate: string; distance: number } | null = null;
  for (const candidate of candidates) {
    const distance = editDistance(needle, candidate.toLowerCase());
    const allowed = Math.max(1, Math.floor(Math.max(needle.length, candidate.length) / 3));
    if (distance <= allowed && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate ?? null;
}

/** ` (did you mean "title"?)`, ready to append to a message, or "". */
export function didYouMeanText(input: string, candidates: Iterable<string>): string {
  const match = didYouMean(input, candidates);
  return match ? ` (did you mean "${match}"?)` : '';
}
