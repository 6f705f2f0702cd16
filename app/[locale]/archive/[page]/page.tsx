import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { locales, type Locale } from '@/i18n/locales';
import { routing } from '@/i18n/routing';
import { BriefingList } from '@/components/briefing/BriefingList';
import { PageShell } from '@/components/layouts/PageShell';
import { Pagination } from '@/components/site/Pagination';
import { getArchivePage, getArchivePageCount } from '@/lib/content';
import { formatNumber } from '@/lib/format/number';
import { parsePageParam } from '@/lib/content/select';
import { pageAlternates } from '@/lib/routing/page-alternates';
import { paths } from '@/lib/routing/paths';
import { archiveMetadata } from '@/lib/seo/page-metadata';

type Props = { params: Promise<{ locale: string; page: string }> };

export const dynamicParams = false;

/** Pages 2… of each language's archive (page 1 is the home page). */
export function generateStaticParams() {
  return locales.flatMap((locale) =>
    Array.from({ length: getArchivePageCount(locale) - 1 }, (_, i) => ({ locale, page: String(i + 2) })),
  );
}

function lookup(locale: string, page: string) {
  const n = parsePageParam(page);
  if (!hasLocale(routing.locales, locale) || n === null || n < 2) return null;
  const found = getArchivePage(locale, n);
  return found ? { locale: locale as Locale, ...found } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await params;
  const found = lookup(locale, page);
  return found ? archiveMetadata(found.locale, found.page, found.pageCount) : {};
}

export default async function ArchivePage({ params }: Props) {
  const { locale, page } = await params;
  const found = lookup(locale, page);
  if (!found) notFound();
  setRequestLocale(found.locale);
  const t = await getTranslations({ locale: found.locale, namespace: 'Archive' });
  const home = await getTranslations({ locale: found.locale, namespace: 'Home' });

  return (
    <PageShell locale={found.locale} alternates={pageAlternates.archive(found.page)}>
      <h1 className="page-title">{t('title', { page: formatNumber(found.page, found.locale) })}</h1>
      <BriefingList locale={found.locale} briefings={found.items} empty={home('empty')} />
      <Pagination
        locale={found.locale}
        page={found.page}
        pageCount={found.pageCount}
        pathFor={(n) => paths.archive(found.locale, n)}
      />
    </PageShell>
  );
}
