import { localeInfo, type Locale } from '@/i18n/locales';

/** The name of a language as readers of another say it: "الإنجليزية", "Arabic". */
export function languageName(language: Locale, inLocale: Locale): string {
  const names = new Intl.DisplayNames([localeInfo(inLocale).intl], { type: 'language' });
  return names.of(language) ?? language;
}
