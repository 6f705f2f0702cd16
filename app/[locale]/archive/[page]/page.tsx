import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { locales } from '@/i18n/locales';
import { BriefingList } from '@/components/briefing/BriefingList';
import { PageShell } from '@/components/layouts/PageShell';
import { Pagination } from '@/components/site/Pagination';
import { getArchivePage, getArchivePageCount, getToday, PRERENDER_LIST_PAGES } from '@/lib/content';
import { formatNumber } from '@/lib/format/number';
import { pageAlternates } from '@/lib/routing/page-alternates';
import { found, laterPageParam, laterPages, localeParam, type PageProps } from '@/lib/routing/page-params';
import { paths } from '@/lib/routing/paths';
import { archiveMetadata } from '@/lib/seo/page-metadata';

type Props = PageProps<'page'>;

/**
 * Pages 2… of each language's archive (page 1 is the home page), up to
 * PRERENDER_LIST_PAGES; later ones render on their first request and are
 * cached (dynamicParams). The proxy answers a page that does not exist
 * (lib/routing/on-demand.ts).
 */
export function generateStaticParams() {
  return locales.flatMap((locale) => laterPages(Math.min(getArchivePageCount(locale), PRERENDER_LIST_PAGES)).map((n) => ({ locale, page: String(n) })));
}

async function lookup(params: Props['params']) {
  const { locale: segment, page } = await params;
  const l = localeParam(segment);
  const n = laterPageParam(page);
  const list = l && n ? getArchivePage(l.locale, n) : null;
  return l && list ? { locale: l.locale, ...list } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const list = await lookup(params);
  return list ? archiveMetadata(list.locale, list.page, list.pageCount) : {};
}

export default async function ArchivePage({ params }: Props) {
  const { locale, page, pageCount, items } = found(await lookup(params));
  const t = await getTranslations({ locale, namespace: 'Archive' });
  const home = await getTranslations({ locale, namespace: 'Home' });

  return (
    <PageShell locale={locale} alternates={pageAlternates.archive(page)}>
      <h1 className="page-title">{t('title', { page: formatNumber(page, locale) })}</h1>
      <BriefingList locale={locale} briefings={items} empty={home('empty')} today={getToday()} />
      <Pagination locale={locale} page={page} pageCount={pageCount} pathFor={(n) => paths.archive(locale, n)} />
    </PageShell>
  );
}
