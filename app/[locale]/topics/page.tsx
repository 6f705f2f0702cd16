import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/layouts/PageShell';
import { getTopicCounts } from '@/lib/content';
import { formatNumber } from '@/lib/format/number';
import { pageAlternates } from '@/lib/routing/page-alternates';
import { found, localeParam, type PageProps } from '@/lib/routing/page-params';
import { paths } from '@/lib/routing/paths';
import { topicsMetadata } from '@/lib/seo/page-metadata';

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const page = localeParam((await params).locale);
  return page ? topicsMetadata(page.locale) : {};
}

/** Every topic with its number of briefings; a topic with none is listed, not linked. */
export default async function TopicsPage({ params }: PageProps) {
  const { locale } = found(localeParam((await params).locale));
  const t = await getTranslations({ locale, namespace: 'Topics' });
  const topics = getTopicCounts(locale);

  return (
    <PageShell locale={locale} alternates={pageAlternates.topics()}>
      <h1 className="page-title">{t('title')}</h1>
      <p>{t('description')}</p>
      <ul className="topic-index">
        {topics.map((topic) => (
          <li key={topic.id} data-topic={topic.id} data-count={topic.count}>
            {topic.count > 0 ? <a href={paths.topic(locale, topic.id)}>{topic.label[locale]}</a> : <span>{topic.label[locale]}</span>}{' '}
            <span className="topic-count">{t('count', { n: topic.count, count: formatNumber(topic.count, locale) })}</span>
          </li>
        ))}
      </ul>
    </PageShell>
  );
}
