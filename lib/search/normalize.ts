import { ARABIC_LETTER, foldArabic, stemArabic } from './normalize-arabic';
import { foldLatin, stemEnglish } from './normalize-english';

/**
 * The one normalisation of a word, used for the index and for the query
 * alike (so both sides always agree): fold the spelling, then stem with the
 * rules of the word's script. Returns '' for a word with nothing left (a
 * lone tatweel, a stray mark).
 */
export function normalizeTerm(word: string): string {
  // NFKD inside foldLatin also opens Arabic presentation forms (ﻹ, ﺔ) and
  // splits hamza seats from their hamza, before the Arabic folding.
  const folded = foldArabic(foldLatin(word));
  if (folded === '') return '';
  return ARABIC_LETTER.test(folded) ? stemArabic(folded) : stemEnglish(folded);
}
