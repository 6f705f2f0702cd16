/**
 * The newsletter's settings, from the environment (DEPLOY.md lists them).
 * Only the secret matters for safety: it signs every link and names
 * recipients in the delivery log. A development default lets `npm start`
 * and the tests run without one, and the server warns at start while it is
 * in use (instrumentation.ts).
 */
export const DEV_SECRET = 'mawjaz-development-newsletter-secret-change-me';

export type NewsletterConfig = {
  secret: string;
  /** True while NEWSLETTER_SECRET is unset and the development default signs links. */
  defaultSecret: boolean;
  /** SMTP_URL, e.g. smtp://127.0.0.1:2525; null: mail is printed to the log, not sent. */
  smtpUrl: string | null;
  /** The From header. */
  from: string;
  /** The mailto of List-Unsubscribe (RFC 2369), an address whose mail the operator reads or processes. */
  unsubscribeMailto: string;
};

export function newsletterConfig(env: Record<string, string | undefined>, siteBase: string): NewsletterConfig {
  const host = new URL(siteBase).hostname;
  const secret = env.NEWSLETTER_SECRET?.trim();
  return {
    secret: secret || DEV_SECRET,
    defaultSecret: !secret,
    smtpUrl: env.SMTP_URL?.trim() || null,
    from: env.NEWSLETTER_FROM?.trim() || `Mawjaz <digest@${host}>`,
    unsubscribeMailto: env.NEWSLETTER_UNSUBSCRIBE_MAILTO?.trim() || `unsubscribe@${host}`,
  };
}

/** What `npm start` and `digest:send` print while the development secret is in use. */
export const DEV_SECRET_WARNING =
  'NEWSLETTER_SECRET is not set: newsletter links are signed with the development default, which anyone can read in the source. Set NEWSLETTER_SECRET (32+ random bytes, e.g. `openssl rand -base64 32`) before real readers subscribe.';

/** Rate limits of the sign-up form. */
export const LIMITS = {
  /** Confirmation emails to one address per window: stops using the form to flood an inbox. */
  perAddress: 3,
  /** Form posts from one client per window. */
  perClient: 20,
  windowMs: 3600_000,
} as const;
