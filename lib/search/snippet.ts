import { highlight, type Segment } from './highlight';
import { tokenize } from './tokenize';

export type Snippet = {
  segments: Segment[];
  /** Text was cut before / after the excerpt (render an ellipsis). */
  cutStart: boolean;
  cutEnd: boolean;
};

/** Words shown in a snippet. */
export const SNIPPET_WORDS = 32;
/** Words of context kept before the first matched word. */
const LEAD = 8;

/**
 * The excerpt of `text` that best shows why it matched: the window of
 * SNIPPET_WORDS words holding the most distinct matched terms (the earliest
 * such window), starting a few words before its first match, highlighted.
 * Null when no word of `text` matched.
 */
export function snippet(text: string, terms: ReadonlySet<string>, words = SNIPPET_WORDS): Snippet | null {
  const tokens = tokenize(text);
  const hits = tokens.map((t, i) => (t.term !== '' && terms.has(t.term) ? i : -1)).filter((i) => i >= 0);
  if (hits.length === 0) return null;
  let best = hits[0]!;
  let bestLast = best;
  let bestCount = 0;
  for (const h of hits) {
    const inWindow = hits.filter((j) => j >= h && j < h + words);
    const distinct = new Set(inWindow.map((j) => tokens[j]!.term)).size;
    if (distinct > bestCount) {
      best = h;
      bestLast = inWindow[inWindow.length - 1]!;
      bestCount = distinct;
    }
  }
  // Context before the first match, but never so much that the window's last match falls off.
  const context = Math.max(0, Math.min(LEAD, words - 1 - (bestLast - best)));
  const first = Math.max(0, Math.min(best - context, tokens.length - words));
  const last = Math.min(tokens.length, first + words) - 1;
  const start = first === 0 ? 0 : tokens[first]!.start;
  const end = last === tokens.length - 1 ? text.length : tokens[last]!.end;
  return {
    segments: highlight(text.slice(start, end).trim(), terms),
    cutStart: start > 0,
    cutEnd: end < text.length,
  };
}

/** The opening words of `text`, unhighlighted: for a result that matched elsewhere. */
export function lead(text: string, words = SNIPPET_WORDS): Snippet {
  const tokens = tokenize(text);
  if (tokens.length <= words) return { segments: [{ text, match: false }], cutStart: false, cutEnd: false };
  return { segments: [{ text: text.slice(0, tokens[words - 1]!.end), match: false }], cutStart: false, cutEnd: true };
}
