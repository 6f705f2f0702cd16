import { normalizeTerm } from './normalize';

/**
 * A word of the original text: letters, digits and the marks on them
 * (tashkeel stays inside its word), zero-width joiners, and apostrophes
 * between letters (Nvidia’s, don't).
 */
const WORD = /[\p{L}\p{N}\p{M}\u200C\u200D]+(?:['’][\p{L}\p{N}\p{M}]+)*/gu;

/** A word with its place in the original string and its normalised term ('' for a stop word or an empty one). */
export type Token = { start: number; end: number; text: string; term: string };

/**
 * The words of `text` with their offsets in the ORIGINAL string, so that
 * highlighting can wrap the reader's own characters (diacritics, hamza and
 * all) even though matching happens on the normalised term.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], term: normalizeTerm(m[0]) });
  }
  return out;
}

/** The words of a text, unnormalised: MiniSearch's `tokenize`, whose `processTerm` is `normalizeTerm`. */
export function splitWords(text: string): string[] {
  return text.match(WORD) ?? [];
}
