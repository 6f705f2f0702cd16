import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BriefingList } from '@/components/briefing/BriefingList';
import { PageShell } from '@/components/layouts/PageShell';
import { DirectionalArrow } from '@/components/site/DirectionalArrow';
import { JsonLd } from '@/components/site/JsonLd';
import { Subscribe } from '@/components/newsletter/Subscribe';
import { getArchivePage, getToday } from '@/lib/content';
import { pageAlternates } from '@/lib/routing/page-alternates';
import { found, localeParam, type PageProps } from '@/lib/routing/page-params';
import { paths } from '@/lib/routing/paths';
import { webSite } from '@/lib/seo/jsonld';
import { homeMetadata } from '@/lib/seo/page-metadata';
import { siteInfo } from '@/lib/site/identity';
import { modeHref } from '@/lib/routing/request-mode';

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const page = localeParam((await params).locale);
  return page ? homeMetadata(page.locale) : {};
}

/** The latest briefings: page 1 of the archive. */
export default async function HomePage({ params }: PageProps) {
  const { locale } = found(localeParam((await params).locale));
  const t = await getTranslations({ locale, namespace: 'Home' });
  const latest = getArchivePage(locale, 1)!;

  return (
    <PageShell locale={locale} alternates={pageAlternates.home()}>
      <JsonLd data={webSite(locale, await siteInfo(locale))} />
      <h1 className="page-title visually-hidden">{t('title')}</h1>
      <BriefingList locale={locale} briefings={latest.items} empty={t('empty')} today={getToday()} lead />
      {latest.pageCount > 1 && (
        <p className="more-link">
          <a href={modeHref(paths.archive(locale, 2))} rel="next">
            {t('archiveLink')} <DirectionalArrow />
          </a>
        </p>
      )}
      <Subscribe locale={locale} source="home" />
    </PageShell>
  );
}
