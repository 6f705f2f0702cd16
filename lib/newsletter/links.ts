import type { Locale } from '@/i18n/locales';
import { paths } from '@/lib/routing/paths';
import { absoluteUrl } from '@/lib/site/url';

/** The newsletter page in one of its states (app/[locale]/newsletter/page.tsx). */
export type PageState = 'sent' | 'confirmed' | 'invalid' | 'unsubscribed' | 'language' | 'limited' | 'bad-address';
export const PAGE_STATES: readonly PageState[] = ['sent', 'confirmed', 'invalid', 'unsubscribed', 'language', 'limited', 'bad-address'];

export const stateUrl = (locale: Locale, state: PageState) => `${paths.newsletter(locale)}?state=${state}`;

/** The link of the confirmation email: a page with a button that POSTs, so a mail scanner's GET confirms nothing. */
export const confirmUrl = (base: string, locale: Locale, token: string) => absoluteUrl(`${paths.newsletter(locale)}?confirm=${encodeURIComponent(token)}`, base);

/** List-Unsubscribe's https URL: POST unsubscribes (RFC 8058); GET shows the manage page. */
export const unsubscribeUrl = (base: string, locale: Locale, token: string) => absoluteUrl(`${paths.newsletterAction(locale, 'unsubscribe')}?token=${encodeURIComponent(token)}`, base);

/** The visible link of every edition: the page to change language or unsubscribe. */
export const manageUrl = (base: string, locale: Locale, token: string) => absoluteUrl(`${paths.newsletter(locale)}?manage=${encodeURIComponent(token)}`, base);
