import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import type { Alternate } from '@/lib/routing/alternates';
import { paths } from '@/lib/routing/paths';
import { LanguageSwitcher } from './LanguageSwitcher';
import { SearchForm } from './SearchForm';
import { modeHref } from '@/lib/routing/request-mode';

type Props = {
  locale: Locale;
  alternates: Alternate[];
};

/**
 * The site name in both scripts, the sections, a place for the search box
 * and the language switcher. On a phone: name and language on the first
 * row, sections and search on the second; from 48rem up, one row. The
 * wordmark's accessible name is its visible text ("موجز Mawjaz"), so voice
 * control users can say what they see.
 */
export async function Masthead({ locale, alternates }: Props) {
  const t = await getTranslations({ locale, namespace: 'Site' });
  return (
    <header className="masthead">
      <a className="skip-link" href="#content">
        {t('skipToContent')}
      </a>
      <div className="masthead-inner container">
        {/* Named by what it shows, in both scripts (WCAG 2.5.3: an aria-label
            that leaves out the visible words fails voice control). */}
        <a className="wordmark" href={modeHref(paths.home(locale))} rel="home">
          <span lang="ar" dir="rtl" className="wordmark-ar">
            موجز
          </span>{' '}
          <span lang="en" dir="ltr" className="wordmark-latin">
            Mawjaz
          </span>
        </a>
        <nav className="primary-nav" aria-label={t('primaryNav')}>
          <a href={modeHref(paths.topics(locale))}>{t('topicsLink')}</a>
        </nav>
        {/* The search box gets the rest of the row. */}
        <div className="masthead-search">
          <SearchForm locale={locale} variant="masthead" />
        </div>
        <LanguageSwitcher locale={locale} alternates={alternates} />
      </div>
    </header>
  );
}
