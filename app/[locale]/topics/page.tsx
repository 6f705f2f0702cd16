import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/layouts/PageShell';
import { getBriefingsByTopic, getTopicCounts } from '@/lib/content';
import { PublicationDate } from '@/components/briefing/PublicationDate';
import { formatNumber } from '@/lib/format/number';
import { pageAlternates } from '@/lib/routing/page-alternates';
import { found, localeParam, type PageProps } from '@/lib/routing/page-params';
import { paths } from '@/lib/routing/paths';
import { topicsMetadata } from '@/lib/seo/page-metadata';
import { modeHref } from '@/lib/routing/request-mode';

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const page = localeParam((await params).locale);
  return page ? topicsMetadata(page.locale) : {};
}

/** Every topic with its number of briefings and its latest one; a topic with none is listed, not linked. */
export default async function TopicsPage({ params }: PageProps) {
  const { locale } = found(localeParam((await params).locale));
  const t = await getTranslations({ locale, namespace: 'Topics' });
  const topics = getTopicCounts(locale);
  const latest = (id: string) => getBriefingsByTopic(locale, id)[0] ?? null;

  return (
    <PageShell locale={locale} alternates={pageAlternates.topics()}>
      <h1 className="page-title">{t('title')}</h1>
      <p>{t('description')}</p>
      <ul className="topic-index">
        {topics.map((topic) => (
          <li key={topic.id} data-topic={topic.id} data-count={topic.count}>
            <h2 className="topic-name">
              {topic.count > 0 ? (
                <a href={modeHref(paths.topic(locale, topic.id))} dir="auto">
                  {topic.label[locale]}
                </a>
              ) : (
                <span dir="auto">{topic.label[locale]}</span>
              )}
            </h2>{' '}
            <span className="topic-count">{t('count', { n: topic.count, count: formatNumber(topic.count, locale) })}</span>
            {latest(topic.id) && (
              <p className="topic-latest">
                <span className="topic-latest-label">{t('latest')}</span>{' '}
                <a href={modeHref(paths.briefing(locale, latest(topic.id)!.slug))} dir="auto">
                  {latest(topic.id)!.title}
                </a>{' '}
                <PublicationDate locale={locale} date={latest(topic.id)!.date} />
              </p>
            )}
          </li>
        ))}
      </ul>
    </PageShell>
  );
}
