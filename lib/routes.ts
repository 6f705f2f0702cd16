import type { Locale } from '@/i18n/locales';

/**
 * Every public path of the site, in one place. Pages, the switcher,
 * alternates, feeds and the sitemap build their links here.
 */
export const paths = {
  home: (locale: Locale) => `/${locale}`,
  briefing: (locale: Locale, slug: string) => `/${locale}/briefings/${slug}`,
  topic: (locale: Locale, topic: string) => `/${locale}/topics/${topic}`,
} as const;
