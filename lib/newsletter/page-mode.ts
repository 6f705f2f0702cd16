import type { Locale } from '@/i18n/locales';
import { PAGE_STATES, type PageState } from './links';
import { verifyToken, type TokenClaims } from './tokens';

/** What the newsletter page shows, from its query. */
export type PageMode = { kind: 'confirm'; claims: TokenClaims; token: string } | { kind: 'manage'; claims: TokenClaims; token: string } | { kind: 'state'; state: PageState } | { kind: 'form' };

type Query = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : null);

/**
 * Pure: the page's mode. A token that does not verify (changed, expired,
 * another purpose) shows the `invalid` state with the form, never an error.
 */
export function pageMode(query: Query, secret: string, now: number): PageMode {
  const confirm = one(query.confirm);
  if (confirm !== null) {
    const claims = verifyToken(confirm, 'confirm', secret, now);
    return claims ? { kind: 'confirm', claims, token: confirm } : { kind: 'state', state: 'invalid' };
  }
  const manage = one(query.manage);
  if (manage !== null) {
    const claims = verifyToken(manage, 'manage', secret, now);
    return claims ? { kind: 'manage', claims, token: manage } : { kind: 'state', state: 'invalid' };
  }
  const state = one(query.state);
  if (state && (PAGE_STATES as readonly string[]).includes(state)) return { kind: 'state', state: state as PageState };
  return { kind: 'form' };
}

/** The message keys (messages' `Newsletter`) of each state's title and text. */
export const stateMessages: Record<PageState, { title: string; text: string }> = {
  sent: { title: 'sentTitle', text: 'sent' },
  confirmed: { title: 'confirmedTitle', text: 'confirmed' },
  invalid: { title: 'invalidTitle', text: 'invalid' },
  unsubscribed: { title: 'unsubscribedTitle', text: 'unsubscribed' },
  language: { title: 'languageChangedTitle', text: 'languageChanged' },
  limited: { title: 'limitedTitle', text: 'limited' },
  'bad-address': { title: 'badRequestTitle', text: 'badRequest' },
};

/** Whether a language is the one a manage link is for (the select's default). */
export const isCurrent = (claims: TokenClaims, locale: Locale, stored: Locale | null) => (stored ?? claims.locale) === locale;
