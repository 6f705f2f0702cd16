import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { formatNumber } from '@/lib/format/number';
import { languageName } from '@/lib/format/language';
import { paths } from '@/lib/routing/paths';
import { modeHref } from '@/lib/routing/request-mode';

type Props = { locale: Locale; elsewhere: { locale: Locale; query: string; count: number }[] };

/** How many briefings match the query in each other language (its names in that language's spelling), with a link there. */
export async function SearchElsewhere({ locale, elsewhere }: Props) {
  if (elsewhere.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Search' });
  return (
    <ul className="search-elsewhere">
      {elsewhere.map((e) => {
        const language = languageName(e.locale, locale);
        return (
          <li key={e.locale} data-locale={e.locale} data-count={e.count}>
            {t('elsewhere', { language, n: e.count, count: formatNumber(e.count, locale) })}{' '}
            {e.count > 0 && (
              <a href={modeHref(paths.search(e.locale, e.query))} hrefLang={e.locale} dir="auto">
                {t('elsewhereLink', { language })}
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
}
