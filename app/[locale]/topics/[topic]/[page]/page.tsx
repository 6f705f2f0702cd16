import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { routing } from '@/i18n/routing';
import { TopicListing } from '@/components/layouts/TopicListing';
import { getBriefingsByTopic, getTopic, getTopicLocales, getTopicPage, getTopicPageCount, getTopics } from '@/lib/content';
import { parsePageParam } from '@/lib/content/select';
import { topicMetadata } from '@/lib/seo/page-metadata';

type Props = { params: Promise<{ locale: string; topic: string; page: string }> };

export const dynamicParams = false;

/** Pages 2… of each topic in each language (page 1 is the topic page). */
export function generateStaticParams() {
  return getTopics().flatMap((t) =>
    getTopicLocales(t.id).flatMap((locale) =>
      Array.from({ length: getTopicPageCount(locale, t.id) - 1 }, (_, i) => ({ locale, topic: t.id, page: String(i + 2) })),
    ),
  );
}

function lookup(locale: string, topicId: string, page: string) {
  const n = parsePageParam(page);
  if (!hasLocale(routing.locales, locale) || n === null || n < 2) return null;
  const topic = getTopic(topicId);
  const found = topic ? getTopicPage(locale, topic.id, n) : null;
  return topic && found ? { locale, topic, page: found } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, topic, page } = await params;
  const found = lookup(locale, topic, page);
  return found ? topicMetadata(found.locale, found.topic, found.page.page) : {};
}

export default async function TopicPageN({ params }: Props) {
  const { locale, topic, page } = await params;
  const found = lookup(locale, topic, page);
  if (!found) notFound();
  setRequestLocale(found.locale);
  const total = getBriefingsByTopic(found.locale, found.topic.id).length;
  return <TopicListing locale={found.locale} topic={found.topic} page={found.page} total={total} />;
}
