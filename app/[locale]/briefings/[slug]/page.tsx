import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { locales, type Locale } from '@/i18n/locales';
import { routing } from '@/i18n/routing';
import { Breadcrumbs } from '@/components/site/Breadcrumbs';
import { BriefingArticle } from '@/components/layouts/BriefingArticle';
import { BriefingNeighbours } from '@/components/briefing/BriefingNeighbours';
import { JsonLd } from '@/components/site/JsonLd';
import { PageShell } from '@/components/layouts/PageShell';
import { RelatedBriefings } from '@/components/briefing/RelatedBriefings';
import { ShareLinks } from '@/components/briefing/ShareLinks';
import {
  getBriefing,
  getBriefings,
  getNeighbours,
  getReadingTime,
  getRelated,
  getTopicsOf,
  getTranslations as getTwins,
  type Briefing,
} from '@/lib/content';
import { modifiedDay } from '@/lib/content/select';
import { briefingImage } from '@/lib/og/share-images';
import { pageAlternates } from '@/lib/routing/page-alternates';
import { paths } from '@/lib/routing/paths';
import { newsArticle } from '@/lib/seo/jsonld';
import { briefingMetadata } from '@/lib/seo/page-metadata';
import { absoluteUrl } from '@/lib/site/url';
import { siteInfo } from '@/lib/site/identity';

type Props = { params: Promise<{ locale: string; slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((locale) => getBriefings(locale).map((b) => ({ locale, slug: b.slug })));
}

function lookup(locale: string, slug: string): { locale: Locale; briefing: Briefing } | null {
  if (!hasLocale(routing.locales, locale)) return null;
  const briefing = getBriefing(locale, slug);
  return briefing ? { locale, briefing } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const found = lookup(locale, slug);
  return found ? briefingMetadata(found.locale, found.briefing) : {};
}

export default async function BriefingPage({ params }: Props) {
  const { locale: rawLocale, slug } = await params;
  const found = lookup(rawLocale, slug);
  if (!found) notFound();
  const { locale, briefing } = found;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Briefing' });
  const site = await getTranslations({ locale, namespace: 'Site' });
  const share = await getTranslations({ locale, namespace: 'Share' });
  const info = await siteInfo(locale);
  const topics = getTopicsOf(briefing);
  const twins = Object.values(getTwins(briefing)).filter((b): b is Briefing => b !== undefined);
  const { newer, older } = getNeighbours(briefing);
  const url = absoluteUrl(paths.briefing(locale, slug), info.base);
  const firstTopic = topics[0];

  return (
    <PageShell locale={locale} alternates={pageAlternates.briefing(briefing)}>
      <JsonLd
        data={newsArticle(
          {
            locale,
            slug,
            title: briefing.title,
            summary: briefing.summary,
            datePublished: briefing.date.slice(0, 10),
            dateModified: modifiedDay(briefing),
            topics: topics.map((x) => ({ id: x.id, label: x.label[locale] })),
            sources: briefing.sources,
            image: briefing.image,
            shareImage: briefingImage(briefing, locale).path,
            twins: twins.map((b) => ({ locale: b.locale as Locale, title: b.title })),
          },
          info,
        )}
      />
      <Breadcrumbs
        locale={locale}
        label={t('breadcrumb')}
        trail={[
          { name: site('homeLink'), path: paths.home(locale) },
          ...(firstTopic ? [{ name: firstTopic.label[locale], path: paths.topic(locale, firstTopic.id) }] : []),
          { name: briefing.title, path: paths.briefing(locale, slug) },
        ]}
      />
      <BriefingArticle locale={locale} briefing={briefing} readingTime={getReadingTime(briefing)} />
      <ShareLinks
        locale={locale}
        share={{ url, title: briefing.title, text: share('via', { title: briefing.title }), summary: briefing.summary }}
      />
      <RelatedBriefings locale={locale} briefings={getRelated(briefing)} />
      <BriefingNeighbours locale={locale} newer={newer} older={older} />
    </PageShell>
  );
}
