import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { routing } from '@/i18n/routing';
import { PageShell } from '@/components/layouts/PageShell';
import { SearchForm } from '@/components/site/SearchForm';
import { SearchResults } from '@/components/search/SearchResults';
import { everywhere } from '@/lib/routing/alternates';
import { formatNumber } from '@/lib/format/number';
import { paths } from '@/lib/routing/paths';
import { cleanQuery, MAX_QUERY_LENGTH, parseSearchPage } from '@/lib/search/clean-query';
import { searchMetadata } from '@/lib/search/search-page-metadata';
import { searchSite } from '@/lib/search/site-search';

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

// Reading searchParams makes this one route dynamic (ƒ); every other page stays prerendered.

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  return searchMetadata(locale, cleanQuery((await searchParams).q).query);
}

/** /{locale}/search?q=…&page=…: one language's briefings, with the other languages' counts. */
export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const sp = await searchParams;
  const { query, truncated } = cleanQuery(sp.q);
  const t = await getTranslations({ locale, namespace: 'Search' });
  const results = query ? searchSite(locale, query, parseSearchPage(sp.page)) : null;

  return (
    <PageShell locale={locale} alternates={everywhere((l) => paths.search(l, query))}>
      <h1 className="page-title">{query ? t.rich('resultsTitle', { query, term: (c) => <bdi className="search-query">{c}</bdi> }) : t('title')}</h1>
      <SearchForm locale={locale} variant="page" defaultValue={query} />
      {truncated && (
        <p className="search-notice" role="note">
          {t('truncated', { max: formatNumber(MAX_QUERY_LENGTH, locale) })}
        </p>
      )}
      {results ? <SearchResults locale={locale} query={query} results={results} /> : <p className="search-intro">{t('emptyIntro')}</p>}
    </PageShell>
  );
}
