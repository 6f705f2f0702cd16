import { ARABIC_LETTER, foldArabic, stemArabic } from './normalize-arabic';
import { foldLatin, stemEnglish } from './normalize-english';
import { isStopWord } from './stop-words';

/**
 * The one normalisation of a word, used for the index and for the query
 * alike (so both sides always agree): fold the spelling, then stem with the
 * rules of the word's script. Returns '' for a word with nothing left (a
 * lone tatweel, a stray mark) and for a stop word.
 */
export function normalizeTerm(word: string): string {
  let term = memo.get(word);
  if (term === undefined) {
    term = normalizeUncached(word);
    // A corpus has far fewer distinct words than words: remember them, within reason.
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, term);
  }
  return term;
}

const memo = new Map<string, string>();
const MEMO_LIMIT = 100_000;

/** Forgets the memo (the index build calls it when done: a build meets many words a server never will). */
export function clearTermMemo(): void {
  memo.clear();
}

function normalizeUncached(word: string): string {
  // NFKD inside foldLatin also opens Arabic presentation forms (ﻹ, ﺔ) and
  // splits hamza seats from their hamza, before the Arabic folding.
  const folded = foldArabic(foldLatin(word));
  if (folded === '' || isStopWord(folded)) return '';
  return ARABIC_LETTER.test(folded) ? stemArabic(folded) : stemEnglish(folded);
}
