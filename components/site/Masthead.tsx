import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import type { Alternate } from '@/lib/routing/alternates';
import { paths } from '@/lib/routing/paths';
import { LanguageSwitcher } from './LanguageSwitcher';
import { SearchForm } from './SearchForm';

type Props = {
  locale: Locale;
  alternates: Alternate[];
};

/** The site name in both scripts, and the language switcher. */
export async function Masthead({ locale, alternates }: Props) {
  const t = await getTranslations({ locale, namespace: 'Site' });
  return (
    <header className="masthead">
      <a className="skip-link" href="#content">
        {t('skipToContent')}
      </a>
      <div className="masthead-inner">
        {/* Named by what it shows, in both scripts (WCAG 2.5.3: an aria-label
            that leaves out the visible words fails voice control). */}
        <a className="wordmark" href={paths.home(locale)}>
          <span lang="ar" dir="rtl" className="wordmark-ar">
            موجز
          </span>{' '}
          <span lang="en" dir="ltr" className="wordmark-latin">
            Mawjaz
          </span>
        </a>
        <p className="tagline">{t('tagline')}</p>
        <nav className="primary-nav" aria-label={t('primaryNav')}>
          <a href={paths.topics(locale)}>{t('topicsLink')}</a>
        </nav>
        <SearchForm locale={locale} variant="masthead" />
        <LanguageSwitcher locale={locale} alternates={alternates} />
      </div>
    </header>
  );
}
