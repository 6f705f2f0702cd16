import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { routing } from '@/i18n/routing';
import { PageShell } from '@/components/layouts/PageShell';
import { getTopicCounts } from '@/lib/content';
import { formatNumber } from '@/lib/format/number';
import { pageAlternates } from '@/lib/routing/page-alternates';
import { paths } from '@/lib/routing/paths';
import { topicsMetadata } from '@/lib/seo/page-metadata';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return hasLocale(routing.locales, locale) ? topicsMetadata(locale) : {};
}

/** Every topic with its number of briefings; a topic with none is listed, not linked. */
export default async function TopicsPage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
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
