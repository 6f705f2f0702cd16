import { getTranslations } from 'next-intl/server';
import { localeInfo, type Locale } from '@/i18n/locales';
import type { Alternate } from '@/lib/routing/alternates';
import { languageName } from '@/lib/format/language';
import { modeHref } from '@/lib/routing/request-mode';

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
  const note = (other: Locale) => t('notTranslated', { language: languageName(other, locale) });
  return (
    <nav className="switcher" aria-label={t('label')}>
      <ul>
        {others.map((a) => (
          <li key={a.locale}>
            <a
              href={modeHref(`${a.href}${a.href.includes('?') ? '&' : '?'}hl=${a.locale}`)}
              hrefLang={a.locale}
              lang={a.locale}
              dir={localeInfo(a.locale).dir}
              rel={a.available ? 'alternate' : undefined}
              data-available={a.available}
              aria-describedby={a.available ? undefined : `switcher-note-${a.locale}`}
              title={a.available ? undefined : note(a.locale)}
            >
              {localeInfo(a.locale).nativeName}
            </a>
            {/* Said by screen readers and shown as a tooltip: a visible line would not fit a phone's masthead. */}
            {!a.available && (
              <span id={`switcher-note-${a.locale}`} className="switcher-note visually-hidden" lang={locale}>
                {note(a.locale)}
              </span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
