import type { Metadata } from 'next';
import { TopicListing } from '@/components/layouts/TopicListing';
import { getBriefingsByTopic, getTopic, getTopicPage, getTopicPagesToBuild } from '@/lib/content';
import { found, localeParam, type PageProps } from '@/lib/routing/page-params';
import { topicMetadata } from '@/lib/seo/page-metadata';
import { withLite } from '@/lib/routing/lite';

type Props = PageProps<'topic'>;

export const dynamicParams = false;

/** A topic has a page in each language where it has, or will have, briefings (a 404 until the first is published). */
export function generateStaticParams() {
  // With each one's lite twin (lib/routing/lite.ts): this route refuses params it did not build.
  return withLite(getTopicPagesToBuild().map(({ locale, topic }) => ({ locale, topic: topic.id })));
}

async function lookup(params: Props['params']) {
  const { locale: segment, topic: id } = await params;
  const l = localeParam(segment);
  const topic = getTopic(id);
  const page = l && topic ? getTopicPage(l.locale, topic.id, 1) : null;
  return l && topic && page ? { locale: l.locale, topic, page } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await lookup(params);
  return page ? topicMetadata(page.locale, page.topic, 1) : {};
}

export default async function TopicPage({ params }: Props) {
  const { locale, topic, page } = found(await lookup(params));
  const total = getBriefingsByTopic(locale, topic.id).length;
  return <TopicListing locale={locale} topic={topic} page={page} total={total} />;
}
