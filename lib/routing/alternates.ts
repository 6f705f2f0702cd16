import { locales, type Locale } from '@/i18n/locales';
import { paths } from './paths';

/**
 * A page in another language. `available` is false when the page has no
 * twin there and the link falls back to that language's home page.
 */
export type Alternate = { locale: Locale; href: string; available: boolean };

/**
 * A page that exists in `inLocales` only: those get their own path, every
 * other language falls back to its home page (for the switcher; hreflang
 * and the sitemap keep only the available ones, see lib/seo/hreflang.ts).
 */
export function alternatesIn(pathFor: (locale: Locale) => string, inLocales: readonly Locale[]): Alternate[] {
  return locales.map((locale) => (inLocales.includes(locale) ? { locale, href: pathFor(locale), available: true } : { locale, href: paths.home(locale), available: false }));
}

/** Pages that exist in every language (homes, the topics index). */
export function everywhere(pathFor: (locale: Locale) => string): Alternate[] {
  return alternatesIn(pathFor, locales);
}

/** A briefing: its own language, then each language it is translated into. */
export function briefingAlternates(slug: string, inLocales: readonly Locale[]): Alternate[] {
  return alternatesIn((locale) => paths.briefing(locale, slug), inLocales);
}
