import { getTranslations } from 'next-intl/server';
import { isLocale, locales, type Locale } from '@/i18n/locales';
import { correctionsOf, getAuthorsOf, getBriefingBody, getFeedBriefings, getTopic, getTopicLocales, getTopicPages, latestDay, modifiedInstant, type Briefing } from '@/lib/content';
import { feedFormats, paths, type FeedFormat, type FeedScope } from '@/lib/routing/paths';
import type { FeedLabels, RenderFeedBody } from './feed-body';
import { feedMediaTypes, renderFeed, type FeedInput } from './feeds';
import { LOGO, siteNames } from '@/lib/site/identity';
import { absoluteUrl, siteUrl } from '@/lib/site/url';
import { machineDate } from '@/lib/format/date';
import { feedLinkHeader, websubHub } from './websub';

/**
 * The feeds of the site, as data: one per language, and one per topic in
 * each language where the topic has briefings. Route handlers under
 * app/[locale]/**\/(feed.xml|atom.xml|feed.json) serve them, prerendered.
 */
export function localeFeedParams(): { locale: Locale }[] {
  return locales.map((locale) => ({ locale }));
}

export function topicFeedParams(): { locale: Locale; topic: string }[] {
  return getTopicPages().map(({ locale, topic }) => ({ locale, topic: topic.id }));
}

async function feedLabels(locale: Locale): Promise<FeedLabels> {
  const mdx = await getTranslations({ locale, namespace: 'Mdx' });
  const briefing = await getTranslations({ locale, namespace: 'Briefing' });
  return {
    keyPoints: mdx('keyPoints'),
    timeline: mdx('timeline'),
    sources: briefing('sources'),
    sourcesIntro: briefing('sourcesIntro'),
    citation: { separator: briefing('citationSeparator'), quoteOpen: briefing('quoteOpen'), quoteClose: briefing('quoteClose') },
    corrections: briefing('corrections'),
    correctionsIntro: briefing('correctionsIntro'),
    liveLabel: (await getTranslations({ locale, namespace: 'Live' }))('live'),
  };
}

/** Everything one feed says, or null when the scope has no feed. */
export async function feedInput(scope: FeedScope, renderBody: RenderFeedBody): Promise<FeedInput | null> {
  const { locale, topic: topicId } = scope;
  const topic = topicId ? getTopic(topicId) : null;
  if (topicId && (!topic || !getTopicLocales(topicId).includes(locale))) return null;

  const base = siteUrl();
  const t = await getTranslations({ locale, namespace: 'Feeds' });
  const site = await getTranslations({ locale, namespace: 'Site' });
  const { name } = await siteNames(locale);
  const labels = await feedLabels(locale);
  const briefings = getFeedBriefings(locale, topic?.id);
  const homePath = topic ? paths.topic(locale, topic.id) : paths.home(locale);

  return {
    locale,
    title: topic ? t('topicTitle', { site: name, topic: topic.label[locale] }) : t('title', { site: name }),
    description: topic ? t('topicDescription', { topic: topic.label[locale] }) : site('tagline'),
    homeUrl: absoluteUrl(homePath, base),
    feedUrls: Object.fromEntries(feedFormats.map((f) => [f, absoluteUrl(paths.feed(scope, f), base)])) as Record<FeedFormat, string>,
    hub: websubHub(),
    categoryScheme: absoluteUrl(paths.topics(locale), base),
    updated: latestDay(briefings),
    author: { name, url: absoluteUrl(paths.home(locale), base) },
    logoUrl: absoluteUrl(LOGO.path, base),
    items: briefings.map((b) => feedItem(b, locale, labels, base, renderBody)),
  };
}

// A briefing's body is in its language's feeds and in each of its topics'
// feeds, in three formats: render it once per build worker.
const bodyCache = new Map<string, string>();

function feedItem(b: Briefing, locale: Locale, labels: FeedLabels, base: string, renderBody: RenderFeedBody): FeedInput['items'][number] {
  const url = absoluteUrl(paths.briefing(locale, b.slug), base);
  let html = bodyCache.get(url);
  if (html === undefined) {
    const body = getBriefingBody(b);
    html = body ? renderBody({ locale, code: body.code, sources: b.sources, corrections: correctionsOf(b), labels, base, pageUrl: url }) : '';
    bodyCache.set(url, html);
  }
  return {
    url,
    title: b.title,
    summary: b.summary,
    html,
    published: machineDate(b.date),
    // A correction makes the item an updated entry (Atom <updated>, JSON Feed date_modified).
    modified: modifiedInstant(b),
    authors: getAuthorsOf(b).map((a) => ({ name: a.name[locale], url: absoluteUrl(paths.author(locale, a.id), base) })),
    categories: [
      // A live briefing is marked live in every feed (a category readers can filter on).
      ...(b.live ? [{ id: 'live', label: labels.liveLabel ?? 'Live', url: absoluteUrl(paths.briefing(locale, b.slug), base) }] : []),
      ...b.topics.flatMap((id) => {
        const topic = getTopic(id);
        return topic ? [{ id, label: topic.label[locale], url: absoluteUrl(paths.topic(locale, id), base) }] : [];
      }),
    ],
  };
}

type Context = { params: Promise<{ locale: string; topic?: string }> };

/** GET for a feed route: the feed in `format`, or 404. */
export async function feedResponse(context: Context, format: FeedFormat, renderBody: RenderFeedBody): Promise<Response> {
  const { locale, topic } = await context.params;
  const input = isLocale(locale) ? await feedInput({ locale, topic }, renderBody) : null;
  if (!input) return new Response('Not found', { status: 404 });
  return new Response(renderFeed(input, format), {
    headers: { 'content-type': `${feedMediaTypes[format]}; charset=utf-8`, link: feedLinkHeader(input.feedUrls[format]!, input.hub!) },
  });
}

/**
 * The static params and GET handler of one feed route: each route file under
 * app/[locale]/**\/(feed.xml|atom.xml|feed.json) re-exports these, passing
 * the body renderer made of the feed's components (components/feed).
 */
export function feedRoute(format: FeedFormat, scope: 'locale' | 'topic', renderBody: RenderFeedBody) {
  return {
    generateStaticParams: scope === 'locale' ? localeFeedParams : topicFeedParams,
    GET: (_request: Request, context: Context) => feedResponse(context, format, renderBody),
  };
}
