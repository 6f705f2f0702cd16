import type { routing } from '@/i18n/routing';
import type messages from './messages/en.json';

// next-intl's AppConfig: TypeScript checks every message key and locale.
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
