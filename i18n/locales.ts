/**
 * The one table of languages. Static params, the switcher, hreflang, the
 * sitemap, the feeds, share images and date formatting all read it: adding a
 * third language means adding one row here (plus its messages file and a
 * content folder).
 */
export const localeTable = {
  ar: {
    /** Native name, shown in the language switcher. */
    nativeName: 'العربية',
    dir: 'rtl',
    /**
     * BCP 47 tag for Intl. The numbering system is explicit so that server
     * and browser agree: `ar` alone means Latin digits in V8 but Arabic-Indic
     * in some ICU builds. `latn` is what most Arabic-first newsrooms use
     * online; switch to `arab` here to get ٠١٢٣.
     */
    intl: 'ar-u-nu-latn',
    /** Open Graph locale (language_TERRITORY). */
    ogLocale: 'ar_AR',
    /**
     * Silent reading speed of adults, in words per minute (words as
     * Intl.Segmenter counts them: whitespace-delimited, clitics attached).
     * See READING_SPEED_SOURCES in lib/format/reading-time.ts.
     */
    wordsPerMinute: 181,
  },
  en: {
    nativeName: 'English',
    dir: 'ltr',
    intl: 'en-GB-u-nu-latn',
    ogLocale: 'en_US',
    wordsPerMinute: 238,
  },
} as const satisfies Record<string, LocaleInfo>;

export type LocaleInfo = {
  nativeName: string;
  dir: 'ltr' | 'rtl';
  intl: string;
  ogLocale: string;
  wordsPerMinute: number;
};

export type Locale = keyof typeof localeTable;

/** Order matters: the first is the default. */
export const locales = Object.keys(localeTable) as Locale[];
export const defaultLocale: Locale = 'ar';

/** The newsroom's time zone: publication dates are calendar days here. */
export const siteTimeZone = 'Asia/Riyadh';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(localeTable, value);
}

export function localeInfo(locale: Locale): LocaleInfo {
  return localeTable[locale];
}

/** The other languages, in table order: the switcher and alternates use it. */
export function otherLocales(locale: Locale): Locale[] {
  return locales.filter((l) => l !== locale);
}
