import { locales, type Locale } from '@/i18n/locales';
import { paths } from './routes';

/**
 * A page in another language. `available` is false when the page has no
 * twin there and the link falls back to that language's home page.
 */
export type Alternate = { locale: Locale; href: string; available: boolean };

/** Pages that exist in every language (homes, topic pages). */
export function everywhere(pathFor: (locale: Locale) => string): Alternate[] {
  return locales.map((locale) => ({ locale, href: pathFor(locale), available: true }));
}

/** A briefing: its own language, then each language it is translated into. */
export function briefingAlternates(slug: string, inLocales: readonly Locale[]): Alternate[] {
  return locales.map((locale) =>
    inLocales.includes(locale)
      ? { locale, href: paths.briefing(locale, slug), available: true }
      : { locale, href: paths.home(locale), available: false },
  );
}
