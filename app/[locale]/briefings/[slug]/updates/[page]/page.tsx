import type { Metadata } from 'next';
import { cache } from 'react';
import { locales } from '@/i18n/locales';
import { BriefingView } from '@/components/layouts/BriefingView';
import { getBriefing, getBriefingBody, getPrerenderedBriefings, updatePageCount, updatesOnPage } from '@/lib/content';
import { found, laterPageParam, laterPages, localeParam, type PageProps } from '@/lib/routing/page-params';
import { briefingMetadata } from '@/lib/seo/page-metadata';

type Props = PageProps<'slug' | 'page'>;

/**
 * Page 2 on of a live briefing's updates (page 1 is the briefing itself):
 * `/{locale}/briefings/{slug}/updates/{n}`. Those of the prerendered live
 * briefings are built with the site; any other renders on its first
 * request. Not a live briefing, or a page past the last: 404.
 */
export function generateStaticParams() {
  return locales.flatMap((locale) =>
    getPrerenderedBriefings(locale)
      .filter((b) => b.live)
      .flatMap((b) => laterPages(updatePageCount(b.updates.length)).map((page) => ({ locale, slug: b.slug, page: String(page) }))),
  );
}

const lookup = cache((segment: string, slug: string, pageSegment: string) => {
  const l = localeParam(segment);
  const page = laterPageParam(pageSegment);
  const briefing = l && page ? getBriefing(l.locale, slug) : null;
  if (!l || !page || !briefing?.live || !updatesOnPage(briefing.updates, page)) return null;
  const body = getBriefingBody(briefing);
  return body ? { locale: l.locale, briefing, body, page } : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, page } = await params;
  const hit = found(lookup(locale, slug, page));
  return briefingMetadata(hit.locale, hit.briefing, hit.page);
}

export default async function LiveUpdatesPage({ params }: Props) {
  const { locale: segment, slug, page: pageSegment } = await params;
  const { locale, briefing, body, page } = found(lookup(segment, slug, pageSegment));
  return <BriefingView locale={locale} briefing={briefing} body={body} updatesPage={page} />;
}
