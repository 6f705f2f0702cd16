import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { routing } from '@/i18n/routing';
import { BriefingList } from '@/components/briefing/BriefingList';
import { DirectionalArrow } from '@/components/site/DirectionalArrow';
import { JsonLd } from '@/components/site/JsonLd';
import { PageShell } from '@/components/layouts/PageShell';
import { getArchivePage } from '@/lib/content';
import { pageAlternates } from '@/lib/routing/page-alternates';
import { paths } from '@/lib/routing/paths';
import { webSite } from '@/lib/seo/jsonld';
import { homeMetadata } from '@/lib/seo/page-metadata';
import { siteInfo } from '@/lib/site/identity';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return hasLocale(routing.locales, locale) ? homeMetadata(locale) : {};
}

/** The latest briefings: page 1 of the archive. */
export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Home' });
  const latest = getArchivePage(locale, 1)!;

  return (
    <PageShell locale={locale} alternates={pageAlternates.home()}>
      <JsonLd data={webSite(locale, await siteInfo(locale))} />
      <h1 className="page-title">{t('title')}</h1>
      <BriefingList locale={locale} briefings={latest.items} empty={t('empty')} />
      {latest.pageCount > 1 && (
        <p className="more-link">
          <a href={paths.archive(locale, 2)} rel="next">
            {t('archiveLink')} <DirectionalArrow />
          </a>
        </p>
      )}
    </PageShell>
  );
}
