import { isLocale, type Locale } from '@/i18n/locales';
import { markLines } from '@/lib/digest/bidi-text';
import type { Translate } from '@/lib/digest/words';
import { localeInfo } from '@/i18n/locales';
import { normalizeEmail } from './address';
import { LIMITS, type NewsletterConfig } from './config';
import type { Db } from './db';
import { confirmUrl, stateUrl } from './links';
import { sendMail } from './mailer';
import { addSubscriber, getSubscriber, hit, pseudonym, removeSubscriber, setLanguage } from './store';
import { CONFIRM_TTL_MS, isSignupSource, signToken, verifyToken } from './tokens';

/**
 * What the newsletter's form handlers do, apart from HTTP: each takes the
 * posted fields and answers with where to send the reader (303) or a
 * status. The route handlers (app/[locale]/newsletter/*) are thin wrappers
 * (./route.ts).
 */
export type ActionContext = {
  db: Db;
  config: NewsletterConfig;
  /** The site's origin, for links in mail. */
  base: string;
  now: number;
  /** The `Newsletter` messages of the form's language, and the site's name in it. */
  t: Translate;
  site: string;
  /** Who is posting (./request.ts clientKey). */
  client: string;
};
export type Reply = { status: 303; location: string } | { status: 200 | 400 | 403 | 404 | 413 | 415 | 429; body: string };

const see = (location: string): Reply => ({ status: 303, location });
const field = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === 'string' ? v : null;
};

/**
 * The sign-up form. The reply is the same page whatever the address's state
 * (new, pending, subscribed, over its limit), so the form tells nobody who
 * subscribes; only a malformed address (400 page) and a client posting too
 * often (429) differ, and neither depends on the address's state.
 */
export async function subscribe(form: FormData, locale: Locale, ctx: ActionContext): Promise<Reply> {
  const sent = see(stateUrl(locale, 'sent'));
  const { db, config } = ctx;
  if (!(await hit(db, `client:${pseudonym(ctx.client, config.secret)}`, LIMITS.perClient, LIMITS.windowMs, ctx.now))) return see(stateUrl(locale, 'limited'));
  // A bot filled the hidden field: it gets the same answer, and no one gets mail.
  if (field(form, 'website')) return sent;
  const email = normalizeEmail(field(form, 'email'));
  if (!email) return see(stateUrl(locale, 'bad-address'));
  const source = field(form, 'source');
  if (!(await hit(db, `address:${pseudonym(email, config.secret)}`, LIMITS.perAddress, LIMITS.windowMs, ctx.now))) return sent;
  const token = signToken({ purpose: 'confirm', email, locale, source: isSignupSource(source) ? source : 'newsletter', expires: ctx.now + CONFIRM_TTL_MS }, config.secret);
  const link = confirmUrl(ctx.base, locale, token);
  const text = markLines([ctx.t('mailConfirmIntro', { site: ctx.site }), '', link, '', ctx.t('mailConfirmIgnore')].join('\n'), localeInfo(locale).dir);
  try {
    await sendMail(config.smtpUrl, {
      from: config.from,
      to: email,
      subject: ctx.t('mailConfirmSubject', { site: ctx.site }),
      text,
      headers: { 'Content-Language': locale, 'Auto-Submitted': 'auto-generated' },
    });
  } catch (error) {
    // The reader sees the same page either way; the operator sees why.
    console.error(`[newsletter] confirmation mail not sent: ${(error as Error).message}`);
  }
  return sent;
}

/** The confirmation page's button: the address is stored from here on, with the time of consent. */
export async function confirm(form: FormData, locale: Locale, ctx: ActionContext): Promise<Reply> {
  const claims = verifyToken(field(form, 'token'), 'confirm', ctx.config.secret, ctx.now);
  if (!claims) return see(stateUrl(locale, 'invalid'));
  await addSubscriber(ctx.db, { email: claims.email, locale: claims.locale, consentedAt: ctx.now, source: claims.source });
  return see(stateUrl(claims.locale, 'confirmed'));
}

/**
 * Unsubscribing, from List-Unsubscribe's one-click POST (RFC 8058: body
 * `List-Unsubscribe=One-Click`, answered 200 with no redirect) or from the
 * manage page's button. The address and its delivery log are deleted. A
 * valid token for an address already gone is still a success.
 */
export async function unsubscribe(token: string | null, oneClick: boolean, locale: Locale, ctx: ActionContext): Promise<Reply> {
  const claims = verifyToken(token, 'manage', ctx.config.secret, ctx.now);
  if (!claims) return oneClick ? { status: 404, body: 'Unknown or invalid unsubscribe link.\n' } : see(stateUrl(locale, 'invalid'));
  await removeSubscriber(ctx.db, claims.email, ctx.config.secret);
  return oneClick ? { status: 200, body: 'Unsubscribed.\n' } : see(stateUrl(claims.locale, 'unsubscribed'));
}

/** The manage page's language form. */
export async function changeLanguage(form: FormData, locale: Locale, ctx: ActionContext): Promise<Reply> {
  const claims = verifyToken(field(form, 'token'), 'manage', ctx.config.secret, ctx.now);
  const next = field(form, 'language');
  if (!claims || !next || !isLocale(next)) return see(stateUrl(locale, 'invalid'));
  if (!(await getSubscriber(ctx.db, claims.email))) return see(stateUrl(locale, 'invalid'));
  await setLanguage(ctx.db, claims.email, next);
  return see(`${stateUrl(next, 'language')}`);
}
