import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { paths } from '@/lib/routing/paths';

type Props = { locale: Locale; email: string; token: string };

/**
 * The confirmation link's page: one button that POSTs the token. A mail
 * scanner that follows the link (a GET) confirms nothing; a person does.
 */
export async function ConfirmForm({ locale, email, token }: Props) {
  const t = await getTranslations({ locale, namespace: 'Newsletter' });
  return (
    <>
      <h1 className="page-title">{t('confirmTitle')}</h1>
      <p>{t.rich('confirmText', { address: email, email: (chunks) => <bdi dir="ltr">{chunks}</bdi> })}</p>
      <form className="newsletter-action" action={paths.newsletterAction(locale, 'confirm')} method="post">
        <input type="hidden" name="token" value={token} />
        <button type="submit">{t('confirmButton')}</button>
      </form>
    </>
  );
}
