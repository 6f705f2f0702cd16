import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { paths } from '@/lib/routing/paths';
import { modeHref } from '@/lib/routing/request-mode';

type Props = {
  locale: Locale;
  /** The masthead's compact box (every page), or the search page's own. */
  variant: 'masthead' | 'page';
  /** The current query, on the search page. */
  defaultValue?: string;
};

/**
 * A plain GET form to /{locale}/search: works without JavaScript, submits
 * with Enter, and the label is always there for screen readers (visible on
 * the search page, visually hidden in the masthead beside its placeholder).
 */
export async function SearchForm({ locale, variant, defaultValue }: Props) {
  const t = await getTranslations({ locale, namespace: 'Search' });
  const id = `search-${variant}`;
  const label = variant === 'masthead' ? t('label') : t('queryLabel');
  return (
    <form
      className={`search-form search-form-${variant}`}
      role="search"
      // Two search landmarks on the search page: each needs its own name (axe landmark-unique).
      aria-label={variant === 'masthead' ? t('mastheadLandmark') : t('pageLandmark')}
      action={modeHref(paths.search(locale))}
      method="get"
    >
      <label htmlFor={id} className={variant === 'masthead' ? 'visually-hidden' : 'search-label'}>
        {label}
      </label>
      <span className="search-field">
        <input id={id} type="search" name="q" defaultValue={defaultValue} placeholder={t('placeholder')} enterKeyHint="search" autoComplete="off" />
        <button type="submit">{t('submit')}</button>
      </span>
    </form>
  );
}
