import type { Metadata } from 'next';
import { cache } from 'react';
import { getTranslations } from 'next-intl/server';
import { locales } from '@/i18n/locales';
import { BriefingView } from '@/components/layouts/BriefingView';
import { PreviewProblemsView } from '@/components/layouts/PreviewProblemsView';
import { getBriefing, getBriefingBody, getPreviewProblems, getPrerenderedBriefings } from '@/lib/content';
import { found, localeParam, type PageProps } from '@/lib/routing/page-params';
import { briefingMetadata } from '@/lib/seo/page-metadata';

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
  return <BriefingView locale={locale} briefing={briefing} body={body} />;
}
