/**
 * Bidi rule L2 (UAX #9): from the highest level down to the lowest odd level
 * on the line, reverse every maximal sequence of runs at that level or
 * higher. Runs here are already of one level each, and their glyphs are
 * already in visual order (HarfBuzz outputs right-to-left runs reversed).
 */
export function visualOrder<T extends { level: number }>(runs: readonly T[]): T[] {
  const out = runs.slice();
  if (out.length < 2) return out;
  const levels = out.map((r) => r.level);
  const highest = Math.max(...levels);
  const lowestOdd = Math.min(...levels.filter((l) => l % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < out.length;) {
      if (out[i]!.level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < out.length && out[j]!.level >= level) j++;
      const reversed = out.slice(i, j).reverse();
      out.splice(i, j - i, ...reversed);
      i = j;
    }
  }
  return out;
}
