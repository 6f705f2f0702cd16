import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { paths } from '@/lib/routing/paths';
import type { SignupSource } from '@/lib/newsletter/tokens';

type Props = {
  locale: Locale;
  /** Which kind of page the form is on: kept with the address, as consent's context. */
  source: SignupSource;
};

/**
 * The Daily Brief sign-up: a plain POST form, so it works with no
 * JavaScript (CSP `form-action 'self'`). The handler answers every address
 * alike and mails a confirmation link (app/[locale]/newsletter/subscribe).
 * `website` is a honeypot: hidden from people and from assistive
 * technology, filled by form-spamming bots, which then get the same reply
 * and no email.
 */
export async function Subscribe({ locale, source }: Props) {
  const t = await getTranslations({ locale, namespace: 'Newsletter' });
  const id = `newsletter-${source}`;
  return (
    <section className="newsletter" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="newsletter-heading">
        {t('heading')}
      </h2>
      <p className="newsletter-intro">{t('intro')}</p>
      <form className="newsletter-form" action={paths.newsletterAction(locale, 'subscribe')} method="post">
        <input type="hidden" name="source" value={source} />
        <div className="newsletter-trap" aria-hidden="true">
          <label htmlFor={`${id}-website`}>{t('honeypotLabel')}</label>
          <input id={`${id}-website`} type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <label htmlFor={`${id}-email`}>{t('emailLabel')}</label>
        <span className="newsletter-field">
          <input id={`${id}-email`} type="email" name="email" required autoComplete="email" inputMode="email" dir="ltr" maxLength={254} />
          <button type="submit">{t('submit')}</button>
        </span>
      </form>
      <p className="newsletter-privacy">{t('privacy')}</p>
    </section>
  );
}
