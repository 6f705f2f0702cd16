import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { routing } from '@/i18n/routing';
import { TopicListing } from '@/components/layouts/TopicListing';
import { getBriefingsByTopic, getTopic, getTopicPage, getTopicLocales, getTopics } from '@/lib/content';
import { topicMetadata } from '@/lib/seo/page-metadata';

type Props = { params: Promise<{ locale: string; topic: string }> };

export const dynamicParams = false;

/** A topic has a page in each language where it has briefings. */
export function generateStaticParams() {
  return getTopics().flatMap((t) => getTopicLocales(t.id).map((locale) => ({ locale, topic: t.id })));
}

function lookup(locale: string, topicId: string) {
  if (!hasLocale(routing.locales, locale)) return null;
  const topic = getTopic(topicId);
  const page = topic ? getTopicPage(locale, topic.id, 1) : null;
  return topic && page ? { locale, topic, page } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, topic } = await params;
  const found = lookup(locale, topic);
  return found ? topicMetadata(found.locale, found.topic, 1) : {};
}

export default async function TopicPage({ params }: Props) {
  const { locale, topic } = await params;
  const found = lookup(locale, topic);
  if (!found) notFound();
  setRequestLocale(found.locale);
  const total = getBriefingsByTopic(found.locale, found.topic.id).length;
  return <TopicListing locale={found.locale} topic={found.topic} page={found.page} total={total} />;
}
