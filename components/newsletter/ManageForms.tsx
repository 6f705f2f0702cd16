import { getTranslations } from 'next-intl/server';
import { localeInfo, locales, type Locale } from '@/i18n/locales';
import { paths } from '@/lib/routing/paths';

type Props = {
  locale: Locale;
  email: string;
  /** The subscriber's language now. */
  current: Locale;
  token: string;
};

/** The manage page: change the edition's language, or unsubscribe. Two plain POST forms. */
export async function ManageForms({ locale, email, current, token }: Props) {
  const t = await getTranslations({ locale, namespace: 'Newsletter' });
  return (
    <>
      <h1 className="page-title">{t('manageTitle')}</h1>
      <p>{t.rich('manageText', { address: email, email: (chunks) => <bdi dir="ltr">{chunks}</bdi> })}</p>
      <form className="newsletter-form newsletter-action" action={paths.newsletterAction(locale, 'language')} method="post">
        <input type="hidden" name="token" value={token} />
        <label htmlFor="newsletter-language">{t('languageLabel')}</label>
        <span className="newsletter-field">
          <select id="newsletter-language" name="language" defaultValue={current}>
            {locales.map((l) => (
              <option key={l} value={l} lang={l} dir={localeInfo(l).dir}>
                {localeInfo(l).nativeName}
              </option>
            ))}
          </select>
          <button type="submit">{t('languageButton')}</button>
        </span>
      </form>
      <form className="newsletter-action" action={paths.newsletterAction(locale, 'unsubscribe')} method="post">
        <input type="hidden" name="token" value={token} />
        <button type="submit">{t('unsubscribeButton')}</button>
      </form>
    </>
  );
}
