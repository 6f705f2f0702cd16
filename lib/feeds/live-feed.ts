import { getTranslations } from 'next-intl/server';
import { isLocale, locales, type Locale } from '@/i18n/locales';
import { getAuthorsOf, getBriefing, getBriefingBody, getBriefings, getTopic, pageOfUpdate, type Briefing } from '@/lib/content';
import { machineDate } from '@/lib/format/date';
import { paths } from '@/lib/routing/paths';
import { LOGO, siteNames } from '@/lib/site/identity';
import { absoluteUrl, siteUrl } from '@/lib/site/url';
import type { FeedLabels } from './feed-body';
import { feedMediaTypes, renderFeed, type FeedInput } from './feeds';
import { feedLinkHeader, websubHub } from './websub';

/**
 * A live briefing's own Atom feed: one entry per update, newest first, each
 * with its anchor as id and link, so a feed reader shows every update the
 * moment the build that adds it is out (and WebSub tells it so).
 */

/** Each update's HTML by id, made of the feed's components (components/feed/LiveFeedBody.tsx). */
export type RenderLiveUpdates = (input: { locale: Locale; code: string; labels: FeedLabels; base: string; pageUrl: string }) => Map<string, string>;

/** An entry's title: the update's first words. */
const titleOf = (text: string) => (text.length <= 100 ? text : `${text.slice(0, 100).replace(/\s+\S*$/, '')}…`);

/**
 * The live briefings `next build` prerenders a feed for: every one (there
 * are few), so that every feed a page advertises is a file of the build,
 * even for a live briefing of the long tail.
 */
export function liveFeedParams(): { locale: Locale; slug: string }[] {
  return locales.flatMap((locale) =>
    getBriefings(locale)
      .filter((b) => b.live)
      .map((b) => ({ locale, slug: b.slug })),
  );
}

export async function liveFeedInput(briefing: Briefing, locale: Locale, render: RenderLiveUpdates): Promise<FeedInput> {
  const base = siteUrl();
  const t = await getTranslations({ locale, namespace: 'Live' });
  const mdx = await getTranslations({ locale, namespace: 'Mdx' });
  const words = await getTranslations({ locale, namespace: 'Briefing' });
  const { name } = await siteNames(locale);
  const pageUrl = absoluteUrl(paths.briefing(locale, briefing.slug), base);
  const body = getBriefingBody(briefing);
  const labels: FeedLabels = { keyPoints: mdx('keyPoints'), timeline: mdx('timeline'), sources: words('sources'), sourcesIntro: words('sourcesIntro') };
  const html = body ? render({ locale, code: body.code, labels, base, pageUrl }) : new Map<string, string>();
  const self = absoluteUrl(paths.liveFeed(locale, briefing.slug), base);
  const authors = getAuthorsOf(briefing).map((a) => ({ name: a.name[locale], url: absoluteUrl(paths.author(locale, a.id), base) }));
  return {
    locale,
    title: t('feedTitle', { title: briefing.title }),
    description: briefing.summary,
    homeUrl: pageUrl,
    feedUrls: { atom: self },
    hub: websubHub(),
    categoryScheme: absoluteUrl(paths.topics(locale), base),
    updated: briefing.updates[0]?.time ?? briefing.live?.start ?? briefing.date,
    author: { name, url: absoluteUrl(paths.home(locale), base) },
    logoUrl: absoluteUrl(LOGO.path, base),
    items: briefing.updates.map((u) => {
      const url = absoluteUrl(paths.liveUpdate(locale, briefing.slug, pageOfUpdate(briefing.updates, u.id) ?? 1, u.id), base);
      return {
        url,
        title: titleOf(u.text),
        summary: u.text,
        html: html.get(u.id) ?? '',
        published: machineDate(u.time),
        modified: machineDate(u.time),
        ...(authors.length ? { authors } : {}),
        categories: briefing.topics.flatMap((id) => {
          const topic = getTopic(id);
          return topic ? [{ id, label: topic.label[locale], url: absoluteUrl(paths.topic(locale, id), base) }] : [];
        }),
      };
    }),
  };
}

const self = (input: FeedInput) => input.feedUrls.atom!;

type Context = { params: Promise<{ locale: string; slug: string }> };

/** GET for a live briefing's feed: Atom, or 404 for anything but a live briefing. */
export async function liveFeedResponse(context: Context, render: RenderLiveUpdates): Promise<Response> {
  const { locale, slug } = await context.params;
  const briefing = isLocale(locale) ? getBriefing(locale, slug) : null;
  if (!briefing?.live || !isLocale(locale)) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const input = await liveFeedInput(briefing, locale, render);
  return new Response(renderFeed(input, 'atom'), {
    headers: { 'content-type': `${feedMediaTypes.atom}; charset=utf-8`, link: feedLinkHeader(self(input), input.hub!) },
  });
}
