/**
 * English (and any Latin-script word): case and accent folding, then a small
 * suffix stemmer. Porter's full algorithm conflates too much for a news
 * archive (news/new, general/generous); this one removes only inflections
 * (plural and possessive -s, -ing, -ed) and a final -e, which is what makes
 * "approves", "approved", "approving" and "approve" meet.
 */

/** Lower case, accents off (é → e, ß → ss), ligatures opened (ﬁ → fi). */
export function foldLatin(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss').replace(/[’']/g, "'");
}

const VOWEL = /[aeiouy]/;
/** Double consonants a removed -ing/-ed leaves behind (stopped → stopp → stop). */
const DOUBLE = /([b-df-hj-kmnp-rtv-xz])\1$/;

/** Stem of one folded Latin word. Digits and short words pass unchanged. */
export function stemEnglish(input: string): string {
  let w = input.replace(/'s$/, '').replace(/'/g, '');
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);

  for (const suffix of ['ing', 'ed']) {
    const stem = w.slice(0, -suffix.length);
    if (w.endsWith(suffix) && stem.length >= 3 && VOWEL.test(stem)) {
      w = DOUBLE.test(stem) && !/(ll|ss|zz)$/.test(stem) ? stem.slice(0, -1) : stem;
      break;
    }
  }
  if (w.length > 3 && w.endsWith('e') && !w.endsWith('ee')) w = w.slice(0, -1);
  return w;
}
