import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { siteTimeZone } from './locales';
import { routing } from './routing';

export default getRequestConfig(async ({ locale: explicit, requestLocale }) => {
  // An explicit locale (getTranslations({ locale }) in generateMetadata,
  // route handlers and feeds) wins over the one of the request, which
  // route handlers and metadata do not always have.
  const requested = explicit ?? (await requestLocale);
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    timeZone: siteTimeZone,
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
