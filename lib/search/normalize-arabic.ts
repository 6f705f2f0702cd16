/**
 * Arabic as readers type it. Two steps, both applied identically to the
 * index and to the query (through `normalizeTerm` in ./normalize.ts):
 *
 * 1. `foldArabic`: spelling variants that readers (and keyboards) mix freely
 *    become one letter: tashkeel and tatweel go, the alef forms, ta marbuta,
 *    alef maqsura and the hamza seats are unified, and Arabic-Indic and
 *    Persian digits become ASCII. Character for character, except that
 *    removed marks shrink the word.
 * 2. `stemArabic`: light stemming in the spirit of Larkey et al.'s Light10
 *    ("Light Stemming for Arabic Information Retrieval", 2007): one clitic
 *    prefix (و or ف, then one of ال ب ك ل بال كال لل) and one common suffix go,
 *    never leaving fewer than a few letters, so short words survive.
 */

/** Harakat, shadda, sukun, tanween, superscript alef and Quranic marks. */
const TASHKEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
const TATWEEL = /\u0640/g;
/** Zero-width joiners and the bidi marks editors paste in. */
const INVISIBLE = /[\u200B-\u200F\u061C\u2066-\u2069\u202A-\u202E\uFEFF]/g;

const LETTERS: Record<string, string> = {
  // Alef with hamza above, hamza below, madda, wasla → bare alef.
  '\u0623': '\u0627',
  '\u0625': '\u0627',
  '\u0622': '\u0627',
  '\u0671': '\u0627',
  // Ta marbuta → ha (readers type الدفعه for الدفعة).
  '\u0629': '\u0647',
  // Alef maqsura → ya (على / علي).
  '\u0649': '\u064A',
  // Hamza on waw / on ya → the bare seat.
  '\u0624': '\u0648',
  '\u0626': '\u064A',
  // Persian keyboard letters that stand for Arabic ones.
  '\u06CC': '\u064A',
  '\u06A9': '\u0643',
};
const LETTER_RE = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/** Arabic-Indic (٠–٩) and Extended/Persian (۰–۹) digits → 0–9. */
const DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

function asciiDigit(d: string): string {
  const c = d.charCodeAt(0);
  return String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
}

/** Character-level folding of Arabic spelling variants (see the module comment). */
export function foldArabic(text: string): string {
  return text
    .replace(TASHKEEL, '')
    .replace(TATWEEL, '')
    .replace(INVISIBLE, '')
    .replace(LETTER_RE, (ch) => LETTERS[ch]!)
    .replace(DIGITS, asciiDigit);
}

/** The conjunctions و and ف, removed first when three letters remain (وبكين → بكين). */
const CONJUNCTIONS = ['و', 'ف'];
/**
 * Then one article or preposition, longest first. `min` is the fewest
 * letters that must remain: the article family may leave two (الله → له),
 * a lone preposition must leave three, so short words keep their letters.
 * Conjunction + article (وال، فال) is the conjunction, then ال.
 */
const PREFIXES: { prefix: string; min: number }[] = [
  { prefix: 'بال', min: 2 },
  { prefix: 'كال', min: 2 },
  { prefix: 'لل', min: 2 },
  { prefix: 'ال', min: 2 },
  { prefix: 'ب', min: 3 },
  { prefix: 'ك', min: 3 },
  { prefix: 'ل', min: 3 },
];

/**
 * Common suffixes, already folded (ية → يه, ة → ه), longest first. One is
 * removed when at least MIN_STEM letters remain.
 */
const SUFFIXES = ['يه', 'ات', 'ون', 'ين', 'ان', 'ها', 'هم', 'هن', 'كم', 'نا', 'ه', 'ي'];
export const MIN_STEM = 3;

/** Light stem of one folded Arabic word (see the module comment). */
export function stemArabic(word: string): string {
  let w = word;
  if (CONJUNCTIONS.includes(w[0]!) && w.length - 1 >= 3) w = w.slice(1);
  for (const { prefix, min } of PREFIXES) {
    if (w.startsWith(prefix) && w.length - prefix.length >= min) {
      w = w.slice(prefix.length);
      break;
    }
  }
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= MIN_STEM) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

/** Any Arabic letter: decides which stemmer a word gets. */
export const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF]/;
