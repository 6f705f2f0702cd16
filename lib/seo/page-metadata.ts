import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { getTopicsOf, type Author, type Briefing, type SitePage, type Topic } from '@/lib/content';
import { modifiedInstant } from '@/lib/content/select';
import { formatNumber } from '@/lib/format/number';
import { pageAlternates } from '@/lib/routing/page-alternates';
import { feedScopesFor, paths } from '@/lib/routing/paths';
import { layoutMetadata, pageMetadata, type PageMetaInput, type SiteMeta } from './metadata';
import { siteUrl } from '../site/url';
import { briefingImage, homeImage, imageMeta, topicImage } from '@/lib/og/share-images';
import { machineDate } from '@/lib/format/date';
import { feedMediaTypes } from '@/lib/feeds/feeds';
import { dayHeading } from '@/lib/format/day-groups';

/**
 * generateMetadata for each kind of page: looks up the words, hands them to
 * the pure builders in ./metadata. Pages call one of these and nothing else.
 */
async function siteMeta(locale: Locale, topic?: Topic): Promise<SiteMeta> {
  const site = await getTranslations({ locale, namespace: 'Site' });
  const feeds = await getTranslations({ locale, namespace: 'Feeds' });
  const name = site('name');
  return {
    base: siteUrl(),
    name,
    titleTemplate: site('titleTemplate', { title: '%s' }),
    description: site('tagline'),
    feeds: feedScopesFor(locale, topic?.id).map((scope) => ({
      scope,
      title: scope.topic && topic ? feeds('topicTitle', { site: name, topic: topic.label[locale] }) : feeds('title', { site: name }),
    })),
    formatNames: { rss: feeds('rss'), atom: feeds('atom'), json: feeds('json') },
  };
}

/**
 * A page with no share card of its own: the home page's card, and the
 * site's name, feeds and title template. Every builder below but the
 * briefing's and the topic's (which have cards of their own) goes through it.
 */
async function withHomeCard(locale: Locale, page: Omit<PageMetaInput, 'locale' | 'image' | 'site'>, site?: SiteMeta): Promise<Metadata> {
  return pageMetadata({ locale, ...page, image: imageMeta(await homeImage(locale)), site: site ?? (await siteMeta(locale)) });
}

export async function localeLayoutMetadata(locale: Locale): Promise<Metadata> {
  const home = await getTranslations({ locale, namespace: 'Home' });
  return layoutMetadata(locale, await siteMeta(locale), home('metaTitle'));
}

export async function homeMetadata(locale: Locale): Promise<Metadata> {
  const home = await getTranslations({ locale, namespace: 'Home' });
  const site = await siteMeta(locale);
  return withHomeCard(
    locale,
    {
      path: paths.home(locale),
      alternates: pageAlternates.home(),
      title: home('metaTitle'),
      absoluteTitle: true,
      description: site.description,
    },
    site,
  );
}

export async function archiveMetadata(locale: Locale, page: number, pages: number): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Archive' });
  return withHomeCard(locale, {
    path: paths.archive(locale, page),
    alternates: pageAlternates.archive(page),
    title: t('title', { page: formatNumber(page, locale) }),
    description: t('description', { page: formatNumber(page, locale), pages: formatNumber(pages, locale) }),
  });
}

export async function topicsMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Topics' });
  return withHomeCard(locale, {
    path: paths.topics(locale),
    alternates: pageAlternates.topics(),
    title: t('title'),
    description: t('description'),
  });
}

export async function topicMetadata(locale: Locale, topic: Topic, page: number): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Topic' });
  const label = topic.label[locale];
  return pageMetadata({
    locale,
    path: paths.topic(locale, topic.id, page),
    alternates: pageAlternates.topic(topic.id, page),
    title: page > 1 ? t('pageTitle', { topic: label, page: formatNumber(page, locale) }) : label,
    description: t('description', { topic: label }),
    image: imageMeta(await topicImage(topic, locale)),
    site: await siteMeta(locale, topic),
  });
}

/** A briefing's page; for a live briefing, `page` > 1 is a later page of its updates. */
export async function briefingMetadata(locale: Locale, briefing: Briefing, page = 1): Promise<Metadata> {
  const labels = getTopicsOf(briefing).map((t) => t.label[locale]);
  const live = briefing.live ? await getTranslations({ locale, namespace: 'Live' }) : null;
  return pageMetadata({
    locale,
    path: paths.liveUpdates(locale, briefing.slug, page),
    // A later page of updates has no twin: each language pages its own updates.
    alternates: page > 1 ? [{ locale, href: paths.liveUpdates(locale, briefing.slug, page), available: true }] : pageAlternates.briefing(briefing),
    title: live && page > 1 ? live('pageTitle', { title: briefing.title, page: formatNumber(page, locale) }) : briefing.title,
    ...(live ? { ownFeeds: [{ type: feedMediaTypes.atom, url: paths.liveFeed(locale, briefing.slug), title: live('feedTitle', { title: briefing.title }) }] } : {}),
    description: briefing.summary,
    article: {
      publishedTime: machineDate(briefing.date),
      modifiedTime: modifiedInstant(briefing),
      section: labels[0],
      tags: labels,
    },
    image: imageMeta(briefingImage(briefing, locale)),
    site: await siteMeta(locale),
  });
}

export async function authorMetadata(locale: Locale, author: Author): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Author' });
  return withHomeCard(locale, {
    path: paths.author(locale, author.id),
    alternates: pageAlternates.author(author.id),
    title: author.name[locale],
    description: t('description', { author: author.name[locale] }),
  });
}

export async function correctionsMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Corrections' });
  return withHomeCard(locale, {
    path: paths.corrections(locale),
    alternates: pageAlternates.corrections(),
    title: t('title'),
    description: t('description'),
  });
}

export async function sitePageMetadata(locale: Locale, page: SitePage): Promise<Metadata> {
  return withHomeCard(locale, {
    path: paths.sitePage(locale, page.slug),
    alternates: pageAlternates.sitePage(page.slug),
    title: page.title,
    description: page.summary,
  });
}

/** A day's edition of the Daily Brief; `latest` for /{locale}/digest, whose canonical URL is its own. */
export async function editionMetadata(locale: Locale, day: string, latest = false): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Digest' });
  const site = await siteMeta(locale);
  return withHomeCard(
    locale,
    {
      path: latest ? paths.digest(locale) : paths.edition(locale, day),
      alternates: latest ? pageAlternates.digest() : pageAlternates.edition(day),
      title: t('pageTitle', { date: dayHeading(day, locale) }),
      description: t('description', { site: site.name }),
    },
    site,
  );
}
