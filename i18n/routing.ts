import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from './locales';

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // next-intl's hreflang Link header assumes every page exists in every
  // locale, and vanishes when next/font is used. We emit alternates ourselves
  // from the content pairs (lib/seo), so the header is off.
  alternateLinks: false,
});
