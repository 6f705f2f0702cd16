import type { Locale } from '@/i18n/locales';
import { tokenize } from './tokenize';

/**
 * The names the briefings write in different scripts, each as its briefings
 * spell it in every language that has it: a reader who types "nvidia" on an
 * English page learns that two Arabic briefings are about إنفيديا, and one
 * who types a Latin name on an Arabic page finds the Arabic spelling.
 *
 * Curated, not transliterated by rule: each spelling is the one the
 * briefings use (names.test.ts checks every one is in the text of that
 * language's briefings, so the table cannot drift from the content). A name
 * written the same in both scripts (H200, OpenAI: Latin inside Arabic text)
 * needs no entry. EDITORS.md says how to add one. One word per spelling:
 * a two-word name ("Jensen Huang") is two entries, so either word finds it.
 */
export type Name = Partial<Record<Locale, string>>;

export const NAMES: readonly Name[] = [
  { en: 'Nvidia', ar: 'إنفيديا' },
  { en: 'Reuters', ar: 'رويترز' },
  { en: 'Huawei', ar: 'هواوي' },
  { en: 'Jensen', ar: 'جنسن' },
  { en: 'Huang', ar: 'هوانغ' },
  { en: 'Beijing', ar: 'بكين' },
  { en: 'Shanghai', ar: 'شنغهاي' },
  { en: 'Washington', ar: 'واشنطن' },
  { en: 'China', ar: 'الصين' },
];

/** Each normalised spelling (lib/search/normalize.ts: the same folding the index uses), with its name. */
function byTerm(names: readonly Name[]): Map<string, Name> {
  const map = new Map<string, Name>();
  for (const name of names) {
    for (const spelling of Object.values(name)) {
      for (const token of tokenize(spelling!)) if (token.term) map.set(token.term, name);
    }
  }
  return map;
}
const TERMS = byTerm(NAMES);

/**
 * The query as a reader of `locale` would have typed it: every word that is
 * a name in the table, in another language's spelling or a variant of it
 * (انفيديا, NVIDIA, Nvidia’s), becomes that name's spelling in `locale`;
 * every other word, and a name already spelt for `locale`, stays as typed. A name the language has no spelling for stays too.
 */
export function inLanguage(query: string, locale: Locale, names: readonly Name[] = NAMES): string {
  const terms = names === NAMES ? TERMS : byTerm(names);
  let out = '';
  let at = 0;
  for (const token of tokenize(query)) {
    const spelling = token.term ? terms.get(token.term)?.[locale] : undefined;
    // Already this language's spelling (or a variant of it): as typed.
    if (spelling === undefined || tokenize(spelling).some((t) => t.term === token.term)) continue;
    out += query.slice(at, token.start) + spelling;
    at = token.end;
  }
  return out + query.slice(at);
}
