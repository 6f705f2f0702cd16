/**
 * The one table of languages. Static params, the switcher, hreflang, the
 * sitemap, the feeds, share images, the editors' check and date formatting
 * all read it.
 *
 * Adding a language is this one row, plus what no code can derive:
 *   1. messages/<locale>.json, every UI string (i18n/messages.test.ts checks
 *      it has exactly the keys of the others);
 *   2. its label in every topic of content/topics.yaml (the check names each
 *      topic that lacks one), and content/briefings/<locale>/;
 *   3. its `textLimits` in lib/content/schema.ts (TypeScript asks for them);
 *   4. for a script other than Arabic and Latin, its web font in app/fonts.ts
 *      and share-image font in lib/og/fonts.ts (TypeScript asks for both,
 *      through the `Script` type below);
 *   5. its code in proxy.ts's matcher and in LOCALE_PATTERN of
 *      lib/http/cache-policy.mjs, which Next reads statically (i18n/locales.test.ts
 *      and lib/http/header-rules.test.ts fail until it is there).
 * tests/third-locale.test.ts proves the rest picks a new row up by itself.
 */
export const localeTable = {
  ar: {
    /** Native name, shown in the language switcher. */
    nativeName: 'العربية',
    /**
     * BCP 47 tag for Intl. The numbering system is explicit so that server
     * and browser agree: `ar` alone means Latin digits in V8 but Arabic-Indic
     * in some ICU builds. `latn` is what most Arabic-first newsrooms use
     * online; switch to `arab` here to get ٠١٢٣.
     */
    intl: 'ar-u-nu-latn',
    /** Open Graph locale (language_TERRITORY). */
    ogLocale: 'ar_AR',
    /** The writing system: picks the web font and the share-image fonts. */
    script: 'arabic',
    /**
     * Silent reading speed of adults, in words per minute (words as
     * Intl.Segmenter counts them: whitespace-delimited, clitics attached).
     * See READING_SPEED_SOURCES in lib/format/reading-time.ts.
     */
    wordsPerMinute: 181,
  },
  en: {
    nativeName: 'English',
    intl: 'en-GB-u-nu-latn',
    ogLocale: 'en_US',
    script: 'latin',
    wordsPerMinute: 238,
  },
} as const satisfies Record<string, LocaleRow>;

/** The writing systems the site has fonts for. */
export type Script = 'arabic' | 'latin';

export type LocaleRow = {
  nativeName: string;
  intl: string;
  ogLocale: string;
  script: Script;
  wordsPerMinute: number;
  /** Only where the runtime cannot tell it from the `intl` tag. */
  dir?: 'ltr' | 'rtl';
};

export type LocaleInfo = Omit<LocaleRow, 'dir'> & { dir: 'ltr' | 'rtl' };

export type Locale = keyof typeof localeTable;

/**
 * What every module reads of a locale table: the codes in order (the first
 * is the default), the type guard and the rows with `dir` filled in. Built
 * by a function so that a test can build the same from a fixture table (see
 * tests/fixtures/three-locales/).
 */
export function defineLocales<L extends string>(table: Record<L, LocaleRow>) {
  const codes = Object.keys(table) as L[];
  return {
    locales: codes,
    defaultLocale: codes[0]!,
    /** Whether a URL segment, cookie or folder name is one of the site's locales. */
    isLocale: (value: unknown): value is L => typeof value === 'string' && Object.hasOwn(table, value),
    /** A row of the table, with `dir` filled in. */
    localeInfo: (locale: L): LocaleInfo => {
      const row = table[locale];
      return { ...row, dir: row.dir ?? textDirection(row.intl) };
    },
  };
}

export const { locales, defaultLocale, isLocale, localeInfo } = defineLocales<Locale>(localeTable);

/** The newsroom's time zone: publication dates are calendar days here. */
export const siteTimeZone = 'Asia/Riyadh';

// Scripts written right to left, for runtimes without Intl.Locale#textInfo
// (the same fallback Astro Starlight keeps in its i18n utilities).
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/**
 * The direction a language is written in, from its BCP 47 tag: what
 * `Intl.Locale#textInfo` says (V8 has it as a getter; the proposal renames
 * it `getTextInfo()`), else the list above.
 *
 * @example textDirection('fa-u-nu-arabext') // 'rtl'
 */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  const intl = new Intl.Locale(tag) as Intl.Locale & {
    textInfo?: { direction?: string };
    getTextInfo?: () => { direction?: string };
  };
  const info = intl.getTextInfo?.() ?? intl.textInfo;
  if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
  return RTL_LANGUAGES.has(intl.language) ? 'rtl' : 'ltr';
}
