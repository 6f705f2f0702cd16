import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';

/**
 * A search page is never indexed (an endless space of thin pages) and
 * claims no canonical URL or hreflang twins; its links are followed.
 */
export async function searchMetadata(locale: Locale, query: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Search' });
  return {
    title: query ? t('metaTitle', { query }) : t('title'),
    robots: { index: false, follow: true },
  };
}
