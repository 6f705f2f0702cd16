import type { Metadata } from 'next';
import { TopicListing } from '@/components/layouts/TopicListing';
import { getBriefingsByTopic, getTopic, getTopicPage, getTopicPageCount, getTopicPages, PRERENDER_LIST_PAGES } from '@/lib/content';
import { found, laterPageParam, laterPages, localeParam, type PageProps } from '@/lib/routing/page-params';
import { topicMetadata } from '@/lib/seo/page-metadata';

type Props = PageProps<'topic' | 'page'>;

/**
 * Pages 2… of each topic in each language (page 1 is the topic page), up to
 * PRERENDER_LIST_PAGES; later ones render on their first request and are
 * cached, as the archive's do.
 */
export function generateStaticParams() {
  return getTopicPages().flatMap(({ locale, topic }) => laterPages(Math.min(getTopicPageCount(locale, topic.id), PRERENDER_LIST_PAGES)).map((n) => ({ locale, topic: topic.id, page: String(n) })));
}

async function lookup(params: Props['params']) {
  const { locale: segment, topic: id, page: n } = await params;
  const l = localeParam(segment);
  const number = laterPageParam(n);
  const topic = getTopic(id);
  const page = l && topic && number ? getTopicPage(l.locale, topic.id, number) : null;
  return l && topic && page ? { locale: l.locale, topic, page } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await lookup(params);
  return page ? topicMetadata(page.locale, page.topic, page.page.page) : {};
}

export default async function TopicPageN({ params }: Props) {
  const { locale, topic, page } = found(await lookup(params));
  const total = getBriefingsByTopic(locale, topic.id).length;
  return <TopicListing locale={locale} topic={topic} page={page} total={total} />;
}
