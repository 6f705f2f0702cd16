import { localeInfo, type Locale } from '@/i18n/locales';

/**
 * Where the reading speeds in the locale table (`wordsPerMinute`) come from.
 *
 * - English, 238 wpm: Brysbaert, M. (2019). "How many words do we read per
 *   minute? A review and meta-analysis of reading rate." Journal of Memory
 *   and Language 109, 104047, doi:10.1016/j.jml.2019.104047. The abstract
 *   gives 238 wpm for adults' silent reading of English non-fiction (190
 *   studies, 18,573 participants). Verified against the abstract.
 * - Arabic, 181 wpm: the same paper's table of silent reading rates in other
 *   languages. Seen here only as quoted by a secondary source (the README of
 *   the npm package @untemps/read-per-minute, which lists ar 181, en 236 from
 *   that table); the table itself could not be opened from this machine, so
 *   this figure is unverified against the original.
 * - Not used: Trauzettel-Klosinski & Dietz (2012), "Standardized assessment
 *   of reading performance: the new International Reading Speed Texts IReST",
 *   IOVS 53(9):5452–5461. Its per-language rates (often quoted as Arabic
 *   138, English 228) were measured reading ALOUD by stopwatch (the abstract
 *   says so; mean of 17 languages 184 ± 29 wpm), which is slower than silent
 *   reading, so they would overstate reading times on a news site.
 *
 * Both figures agree on the point that matters: Arabic text is read
 * markedly slower per word than English (about 24 % here), because an
 * Arabic orthographic word carries more: clitics, articles and pronouns
 * are written attached.
 */
export const READING_SPEED_SOURCES = {
  en: 'Brysbaert 2019, J. Mem. Lang. 109:104047 — silent, non-fiction',
  ar: 'Brysbaert 2019, table of other languages (via a secondary source) — silent',
} as const;

const segmenters = new Map<Locale, Intl.Segmenter>();
function segmenter(locale: Locale): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(localeInfo(locale).intl, { granularity: 'word' });
    segmenters.set(locale, s);
  }
  return s;
}

/**
 * Words as a reader sees them, by the Unicode word-boundary rules for the
 * language: punctuation and spaces are not words; an Arabic word with its
 * attached conjunction or article (وبالصين) is one; tashkeel never splits.
 */
export function countWords(text: string, locale: Locale): number {
  if (spacedScripts.has(localeInfo(locale).script)) {
    let n = 0;
    for (const _ of text.matchAll(WORD)) n++;
    return n;
  }
  let n = 0;
  for (const segment of segmenter(locale).segment(text)) if (segment.isWordLike) n++;
  return n;
}

/**
 * A word of a script that puts spaces between words, as UAX #29 (which
 * Intl.Segmenter follows) draws it: letters, marks and digits, joined by
 * ZWNJ/ZWJ; by MidLetter (a colon, a middle dot) between letters; by
 * MidNumLet (a period, an apostrophe) between letters or between digits
 * (U.S, don't, 10.5); by MidNum (a comma, a semicolon, Arabic separators)
 * between digits (1,000). The build counts every briefing of the archive,
 * and Intl.Segmenter took 16 s of a 20,000-briefing build for the same
 * counts (./reading-time.test.ts compares both); scripts without spaces
 * (Chinese, Thai) need its dictionaries, and keep it.
 */
const WORD_PARTS = [
  '[\\p{L}\\p{M}\\p{N}\\p{Pc}\\u200C\\u200D]',
  '(?<=[\\p{L}\\p{M}])[:\\u00B7\\u0387\\u055F\\u05F4\\u2027\\uFE13\\uFE55\\uFF1A](?=\\p{L})',
  "(?<=[\\p{L}\\p{M}])['.\\u2018\\u2019\\u2024\\uFE52\\uFF07\\uFF0E](?=\\p{L})",
  "(?<=\\p{N})['.\\u2018\\u2019\\u2024\\uFE52\\uFF07\\uFF0E](?=\\p{N})",
  '(?<=\\p{N})[,;\\u066B\\u066C\\u060C\\u037E\\u0589\\uFE10\\uFE14\\uFE50\\uFE54\\uFF0C\\uFF1B](?=\\p{N})',
];
const WORD = new RegExp(`(?:${WORD_PARTS.join('|')})+`, 'gu');
const spacedScripts = new Set(['arabic', 'latin']);

export type ReadingTime = { words: number; minutes: number };

/** Whole minutes at the language's reading speed, never less than one. */
export function readingTime(text: string, locale: Locale): ReadingTime {
  return readingTimeOf(countWords(text, locale), locale);
}

/** The same, from a count of words made earlier (the build counts each briefing's once). */
export function readingTimeOf(words: number, locale: Locale): ReadingTime {
  return { words, minutes: Math.max(1, Math.ceil(words / localeInfo(locale).wordsPerMinute)) };
}
