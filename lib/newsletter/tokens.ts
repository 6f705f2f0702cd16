import { createHmac, timingSafeEqual } from 'node:crypto';
import { isLocale, type Locale } from '@/i18n/locales';

/**
 * Signed links: the confirmation link (expires), and the unsubscribe and
 * manage links every edition carries (do not expire: a reader may click an
 * old email's link). A token is `payload.signature`, both base64url, the
 * signature an HMAC-SHA256 of the payload under NEWSLETTER_SECRET; nothing
 * about it can be guessed, and nothing needs storing until a reader
 * confirms: the pending address lives only in the link mailed to it.
 */

/** Where a reader signed up: the kind of page the form was on. */
export const SIGNUP_SOURCES = ['home', 'briefing', 'edition', 'digest', 'newsletter'] as const;
export type SignupSource = (typeof SIGNUP_SOURCES)[number];
export const isSignupSource = (v: unknown): v is SignupSource => SIGNUP_SOURCES.includes(v as SignupSource);

/** `manage` authorizes unsubscribing and changing language: every edition's links carry one. */
export type TokenPurpose = 'confirm' | 'manage';
export type TokenClaims = { purpose: TokenPurpose; email: string; locale: Locale; source: SignupSource; expires: number | null };

/** How long a confirmation link works. */
export const CONFIRM_TTL_MS = 48 * 3600_000;

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64url');
const mac = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest();

export function signToken(claims: TokenClaims, secret: string): string {
  const payload = b64(JSON.stringify([claims.purpose, claims.email, claims.locale, claims.source, claims.expires]));
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

/**
 * The claims of a token signed with `secret` for `purpose`, or null for
 * anything else: another purpose, a bad signature, an expired link,
 * something that is not a token at all.
 */
export function verifyToken(token: unknown, purpose: TokenPurpose, secret: string, now: number): TokenClaims | null {
  if (typeof token !== 'string' || token.length > 2048) return null;
  const [payload, sig, extra] = token.split('.');
  if (!payload || !sig || extra !== undefined) return null;
  const expected = mac(secret, payload);
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parts) || parts.length !== 5) return null;
  const [p, email, locale, source, expires] = parts as unknown[];
  if (p !== purpose || typeof email !== 'string' || typeof locale !== 'string' || !isLocale(locale) || !isSignupSource(source)) return null;
  if (expires !== null && (typeof expires !== 'number' || expires < now)) return null;
  return { purpose, email, locale, source, expires: expires as number | null };
}
