import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/layouts/PageShell';
import { PublicationDate } from '@/components/briefing/PublicationDate';
import { correctionEntries, getBriefings, getSitePage } from '@/lib/content';
import { pageAlternates } from '@/lib/routing/page-alternates';
import { found, localeParam, type PageProps } from '@/lib/routing/page-params';
import { paths } from '@/lib/routing/paths';
import { correctionsMetadata } from '@/lib/seo/page-metadata';
import { POLICY_PAGES } from '@/lib/site/identity';
import { modeHref } from '@/lib/routing/request-mode';

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const page = localeParam((await params).locale);
  return page ? correctionsMetadata(page.locale) : {};
}

/** Every correction of the language's briefings, newest first, each linking to its briefing. */
export default async function CorrectionsPage({ params }: PageProps) {
  const { locale } = found(localeParam((await params).locale));
  const t = await getTranslations({ locale, namespace: 'Corrections' });
  const entries = correctionEntries(getBriefings(locale));
  const policy = getSitePage(locale, POLICY_PAGES.correctionsPolicy);

  return (
    <PageShell locale={locale} alternates={pageAlternates.corrections()}>
      <h1 className="page-title">{t('title')}</h1>
      <p>{t('description')}</p>
      {policy && (
        <p>
          <a className="standalone-link" href={modeHref(paths.sitePage(locale, policy.slug))} dir="auto">
            {t('policy')}
          </a>
        </p>
      )}
      {entries.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ol className="correction-log">
          {entries.map(({ briefing, correction }) => (
            <li key={`${briefing.slug}-${correction.date}-${correction.text}`} className="correction" data-slug={briefing.slug}>
              <PublicationDate locale={locale} date={correction.date} />
              <h2 className="correction-title">
                <a href={modeHref(paths.briefing(locale, briefing.slug))} dir="auto">
                  {briefing.title}
                </a>
              </h2>
              <p>{correction.text}</p>
            </li>
          ))}
        </ol>
      )}
    </PageShell>
  );
}
