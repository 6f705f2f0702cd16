import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { Breadcrumbs } from '@/components/site/Breadcrumbs';
import { BriefingArticle } from '@/components/layouts/BriefingArticle';
import { BriefingNeighbours } from '@/components/briefing/BriefingNeighbours';
import { JsonLd } from '@/components/site/JsonLd';
import { PageShell } from '@/components/layouts/PageShell';
import { BriefingRail } from '@/components/briefing/BriefingRail';
import { ShareLinks } from '@/components/briefing/ShareLinks';
import { Subscribe } from '@/components/newsletter/Subscribe';
import {
  correctionsOf,
  getAuthorsOf,
  getNeighbours,
  getLatestBesides,
  getReadingTime,
  getRelated,
  getTopicsOf,
  getTwins,
  modifiedInstant,
  pageOfUpdate,
  type Briefing,
  type BriefingBody,
} from '@/lib/content';
import { machineDate } from '@/lib/format/date';
import { briefingImageSet } from '@/lib/og/share-images';
import { pageAlternates } from '@/lib/routing/page-alternates';
import { paths } from '@/lib/routing/paths';
import { liveBlogPosting, newsArticle, type ArticleInput } from '@/lib/seo/jsonld';
import { absoluteUrl } from '@/lib/site/url';
import { siteInfo } from '@/lib/site/identity';

type Props = {
  locale: Locale;
  briefing: Briefing;
  body: BriefingBody;
  /** For a live briefing, which page of its updates (1: the briefing's own URL). */
  updatesPage?: number;
};

/**
 * A briefing's page, for app/[locale]/briefings/[slug]/page.tsx and, for a
 * live briefing, each later page of its updates
 * (app/[locale]/briefings/[slug]/updates/[page]/page.tsx).
 */
export async function BriefingView({ locale, briefing, body, updatesPage = 1 }: Props) {
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
  const article: ArticleInput = {
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
    shareImages: briefingImageSet(briefing, locale).map((img) => img.path),
    twins: twins.map((b) => ({ locale: b.locale as Locale, title: b.title })),
  };
  const live = briefing.live;

  return (
    <PageShell locale={locale} alternates={pageAlternates.briefing(briefing)}>
      <JsonLd
        data={
          live
            ? liveBlogPosting(
                article,
                {
                  coverageStart: machineDate(live.start),
                  ...(live.end ? { coverageEnd: machineDate(live.end) } : {}),
                  updates: briefing.updates.map((u) => ({
                    id: u.id,
                    time: machineDate(u.time),
                    text: u.text,
                    path: paths.liveUpdate(locale, slug, pageOfUpdate(briefing.updates, u.id) ?? 1, u.id),
                  })),
                },
                info,
              )
            : newsArticle(article, info)
        }
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
          <BriefingArticle locale={locale} briefing={briefing} code={body.code} readingTime={getReadingTime(briefing)} url={url} updatesPage={updatesPage} />
          <ShareLinks locale={locale} share={{ url, title: briefing.title, text: share('via', { title: briefing.title }), summary: briefing.summary }} />
          <Subscribe locale={locale} source="briefing" />
          <BriefingNeighbours locale={locale} newer={newer} older={older} />
        </div>
        <BriefingRail locale={locale} related={related} latest={getLatestBesides(briefing, related)} />
      </div>
    </PageShell>
  );
}
