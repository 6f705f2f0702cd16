import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { BriefingBody } from '@/components/briefing/BriefingBody';
import { JsonLd } from '@/components/site/JsonLd';
import { PageShell } from '@/components/layouts/PageShell';
import { PublicationDate } from '@/components/briefing/PublicationDate';
import { getSitePage, getSitePages, type SitePage } from '@/lib/content';
import { machineDate } from '@/lib/format/date';
import { pageAlternates } from '@/lib/routing/page-alternates';
import { found, localeParam, type PageProps } from '@/lib/routing/page-params';
import { paths } from '@/lib/routing/paths';
import { sitePageLd } from '@/lib/seo/jsonld';
import { sitePageMetadata } from '@/lib/seo/page-metadata';
import { siteInfo } from '@/lib/site/identity';
import { withLite } from '@/lib/routing/lite';

type Props = PageProps<'slug'>;

export const dynamicParams = false;

export function generateStaticParams() {
  // With each one's lite twin (lib/routing/lite.ts): this route refuses params it did not build.
  return withLite(getSitePages().map((p) => ({ locale: p.locale as Locale, slug: p.slug })));
}

async function lookup(params: Props['params']): Promise<{ locale: Locale; page: SitePage } | null> {
  const { locale: segment, slug } = await params;
  const l = localeParam(segment);
  const page = l ? getSitePage(l.locale, slug) : null;
  return l && page ? { locale: l.locale, page } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await lookup(params);
  return found ? sitePageMetadata(found.locale, found.page) : {};
}

/** About, editorial standards, corrections policy: the site's own pages, from content/pages/. */
export default async function SitePageView({ params }: Props) {
  const { locale, page } = found(await lookup(params));
  const t = await getTranslations({ locale, namespace: 'Briefing' });
  const info = await siteInfo(locale);
  const path = paths.sitePage(locale, page.slug);

  return (
    <PageShell locale={locale} alternates={pageAlternates.sitePage(page.slug)}>
      <JsonLd data={sitePageLd({ locale, path, title: page.title, summary: page.summary, ...(page.updated ? { dateModified: machineDate(page.updated) } : {}) }, info)} />
      <article className="site-page" data-page={page.slug}>
        <h1 className="page-title">{page.title}</h1>
        <p className="dek">{page.summary}</p>
        {page.updated && (
          <p className="meta">
            <PublicationDate locale={locale} date={page.updated} label={t('updated')} />
          </p>
        )}
        <BriefingBody code={page.body.code} />
      </article>
    </PageShell>
  );
}
