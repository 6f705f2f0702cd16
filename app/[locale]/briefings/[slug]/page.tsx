import type { Metadata } from 'next';
import { cache } from 'react';
import { getTranslations } from 'next-intl/server';
import { locales, type Locale } from '@/i18n/locales';
import { Breadcrumbs } from '@/components/site/Breadcrumbs';
import { BriefingArticle } from '@/components/layouts/BriefingArticle';
import { BriefingNeighbours } from '@/components/briefing/BriefingNeighbours';
import { JsonLd } from '@/components/site/JsonLd';
import { PageShell } from '@/components/layouts/PageShell';
import { PreviewProblemsView } from '@/components/layouts/PreviewProblemsView';
import { BriefingRail } from '@/components/briefing/BriefingRail';
import { ShareLinks } from '@/components/briefing/ShareLinks';
import {
  correctionsOf,
  getAuthorsOf,
  getBriefing,
  getBriefingBody,
  getPreviewProblems,
  getPrerenderedBriefings,
  getNeighbours,
  getReadingTime,
  getLatestBesides,
  getRelated,
  getTopicsOf,
  getTwins,
  modifiedInstant,
  type Briefing,
} from '@/lib/content';
import { machineDate } from '@/lib/format/date';
import { briefingImage } from '@/lib/og/share-images';
import { pageAlternates } from '@/lib/routing/page-alternates';
import { found, localeParam, type PageProps } from '@/lib/routing/page-params';
import { paths } from '@/lib/routing/paths';
import { newsArticle } from '@/lib/seo/jsonld';
import { briefingMetadata } from '@/lib/seo/page-metadata';
import { absoluteUrl } from '@/lib/site/url';
import { siteInfo } from '@/lib/site/identity';

type Props = PageProps<'slug'>;

/**
 * The newest PRERENDER_NEWEST briefings of each language are built with the
 * site; the long tail renders on its first request and is cached from then
 * on (dynamicParams, the default), so builds stay bounded as the archive
 * grows. An unknown slug is a 404 from `found`, which is never cached.
 */
export function generateStaticParams() {
  return locales.flatMap((locale) => getPrerenderedBriefings(locale).map((b) => ({ locale, slug: b.slug })));
}

/**
 * The briefing and its body, once per request: metadata and the page both
 * ask, and a long-tail body is compiled from its source on the way.
 */
const findWithBody = cache((segment: string, slug: string) => {
  const l = localeParam(segment);
  const briefing = l ? getBriefing(l.locale, slug) : null;
  const body = briefing ? getBriefingBody(briefing) : null;
  return l && briefing && body ? { locale: l.locale, briefing, body } : null;
});

async function lookupWithBody(params: Props['params']) {
  const { locale, slug } = await params;
  return findWithBody(locale, slug);
}

/** In the preview only (`npm run dev`): the content check's errors in this briefing's file, if any. */
async function previewProblems(params: Props['params']) {
  const { locale, slug } = await params;
  const l = localeParam(locale);
  const problems = l ? getPreviewProblems(l.locale, slug) : [];
  return l && problems.length ? { locale: l.locale, problems } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const broken = await previewProblems(params);
  if (broken) return { title: (await getTranslations({ locale: broken.locale, namespace: 'Preview' }))('title') };
  const page = found(await lookupWithBody(params));
  return briefingMetadata(page.locale, page.briefing);
}

export default async function BriefingPage({ params }: Props) {
  const broken = await previewProblems(params);
  if (broken) return <PreviewProblemsView {...found(broken)} />;
  const { locale, briefing, body } = found(await lookupWithBody(params));
  const { slug } = briefing;
  const t = await getTranslations({ locale, namespace: 'Briefing' });
  const site = await getTranslations({ locale, namespace: 'Site' });
  const share = await getTranslations({ locale, namespace: 'Share' });
  const info = await siteInfo(locale);
  const topics = getTopicsOf(briefing);
  const twins = Object.values(getTwins(briefing)).filter((b): b is Briefing => b !== undefined);
  const { newer, older } = getNeighbours(briefing);
  const url = absoluteUrl(paths.briefing(locale, slug), info.base);
  const firstTopic = topics[0];
  const related = getRelated(briefing, [newer, older]);

  return (
    <PageShell locale={locale} alternates={pageAlternates.briefing(briefing)}>
      <JsonLd
        data={newsArticle(
          {
            locale,
            slug,
            title: briefing.title,
            summary: briefing.summary,
            datePublished: machineDate(briefing.date),
            dateModified: modifiedInstant(briefing),
            topics: topics.map((x) => ({ id: x.id, label: x.label[locale] })),
            sources: briefing.sources.map((s) => ({ ...s, ...(s.date ? { date: machineDate(s.date) } : {}) })),
            authors: getAuthorsOf(briefing).map((a) => ({ kind: a.kind, name: a.name[locale], path: paths.author(locale, a.id) })),
            corrections: correctionsOf(briefing).map((c) => ({ date: machineDate(c.date), text: c.text })),
            image: briefing.image,
            shareImage: briefingImage(briefing, locale).path,
            twins: twins.map((b) => ({ locale: b.locale as Locale, title: b.title })),
          },
          info,
        )}
      />
      <Breadcrumbs
        endAtSection
        label={t('breadcrumb')}
        trail={[
          { name: site('homeLink'), path: paths.home(locale) },
          ...(firstTopic ? [{ name: firstTopic.label[locale], path: paths.topic(locale, firstTopic.id) }] : []),
          { name: briefing.title, path: paths.briefing(locale, slug) },
        ]}
      />
      {/* The article and what follows it in one column; the rail beside them from 1,100 px (app/globals.css). */}
      <div className="briefing-layout">
        <div className="briefing-main">
          <BriefingArticle locale={locale} briefing={briefing} code={body.code} readingTime={getReadingTime(briefing)} url={url} />
          <ShareLinks
            locale={locale}
            share={{ url, title: briefing.title, text: share('via', { title: briefing.title }), summary: briefing.summary }}
          />
          <BriefingNeighbours locale={locale} newer={newer} older={older} />
        </div>
        <BriefingRail locale={locale} related={related} latest={getLatestBesides(briefing, related)} />
      </div>
    </PageShell>
  );
}
