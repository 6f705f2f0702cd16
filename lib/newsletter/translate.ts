import { createTranslator } from 'next-intl';
import type { Locale } from '@/i18n/locales';
import type { Translate } from '@/lib/digest/words';

/**
 * The messages of a namespace outside Next (the sender, `npm run
 * newsletter`), with next-intl's own formatter: the words the site's pages
 * and handlers say, and the same ICU rules.
 */
export async function translator(locale: Locale, namespace: 'Newsletter' | 'Digest' | 'Site'): Promise<Translate> {
  const messages = (await import(`../../messages/${locale}.json`, { with: { type: 'json' } })).default;
  const t = createTranslator({ locale, messages, namespace });
  return (key, values) => t(key as never, values as never);
}
