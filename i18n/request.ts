import { getRequestConfig } from 'next-intl/server';
import { defaultLocale, isLocale, siteTimeZone } from './locales';

export default getRequestConfig(async ({ locale: explicit, requestLocale }) => {
  // An explicit locale (getTranslations({ locale }) in generateMetadata,
  // route handlers and feeds) wins over the one of the request, which
  // route handlers and metadata do not always have.
  const requested = explicit ?? (await requestLocale);
  const locale = isLocale(requested) ? requested : defaultLocale;
  return {
    locale,
    timeZone: siteTimeZone,
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
