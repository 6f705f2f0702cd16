import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { formatNumber } from '@/lib/format/number';
import { paths } from '@/lib/routing/paths';
import type { SiteSearch } from '@/lib/search/site-search';
import { Pagination } from '../site/Pagination';
import { NoResults } from './NoResults';
import { SearchElsewhere } from './SearchElsewhere';
import { SearchHit } from './SearchHit';

type Props = { locale: Locale; query: string; results: SiteSearch };

/** The count, the other languages' counts, one page of hits and the pagination; or the no-results help. */
export async function SearchResults({ locale, query, results }: Props) {
  const t = await getTranslations({ locale, namespace: 'Search' });
  const term = (chunks: React.ReactNode) => <bdi className="search-query">{chunks}</bdi>;
  return (
    <section className="search-results" aria-label={t('results')} data-total={results.total}>
      <p className="search-count">{results.total === 0 ? t.rich('noResults', { query, term }) : t.rich('count', { query, term, n: results.total, count: formatNumber(results.total, locale) })}</p>
      <SearchElsewhere locale={locale} elsewhere={results.elsewhere} />
      {results.total === 0 ? (
        <NoResults locale={locale} />
      ) : (
        <>
          <div className="briefing-list">
            {results.items.map((item) => (
              <SearchHit key={item.briefing.slug} locale={locale} item={item} />
            ))}
          </div>
          <Pagination locale={locale} page={results.page} pageCount={results.pageCount} pathFor={(n) => paths.search(locale, query, n)} />
        </>
      )}
    </section>
  );
}
