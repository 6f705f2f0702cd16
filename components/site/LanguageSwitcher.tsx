import { getTranslations } from 'next-intl/server';
import { localeInfo, type Locale } from '@/i18n/locales';
import type { Alternate } from '@/lib/routing/alternates';
import { languageName } from '@/lib/format/language';

type Props = {
  locale: Locale;
  alternates: Alternate[];
};

/**
 * Plain links, no client JavaScript. `?hl=<locale>` lets next.config.mjs remember
 * the reader's choice in the NEXT_LOCALE cookie without running the proxy on
 * every page.
 */
export async function LanguageSwitcher({ locale, alternates }: Props) {
  const t = await getTranslations({ locale, namespace: 'Switcher' });
  const others = alternates.filter((a) => a.locale !== locale);
  return (
    <nav className="switcher" aria-label={t('label')}>
      <ul>
        {others.map((a) => (
          <li key={a.locale}>
            <a
              href={`${a.href}${a.href.includes('?') ? '&' : '?'}hl=${a.locale}`}
              hrefLang={a.locale}
              lang={a.locale}
              dir={localeInfo(a.locale).dir}
              rel={a.available ? 'alternate' : undefined}
              data-available={a.available}
            >
              {localeInfo(a.locale).nativeName}
            </a>
            {!a.available && (
              <small className="switcher-note">{t('notTranslated', { language: languageName(a.locale, locale) })}</small>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
