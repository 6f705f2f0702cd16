import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { getToday, type Briefing, type Page, type Topic } from '@/lib/content';
import { formatNumber } from '@/lib/format/number';
import { pageAlternates } from '@/lib/routing/page-alternates';
import { paths } from '@/lib/routing/paths';
import { Breadcrumbs } from '../site/Breadcrumbs';
import { BriefingList } from '../briefing/BriefingList';
import { FeedLinks } from '../site/FeedLinks';
import { PageShell } from './PageShell';
import { Pagination } from '../site/Pagination';

type Props = {
  locale: Locale;
  topic: Topic;
  page: Page<Briefing>;
  total: number;
};

const isolate = (chunks: ReactNode) => <bdi>{chunks}</bdi>;

/** One page of a topic: its briefings, newest first, its pages and its feeds. */
export async function TopicListing({ locale, topic, page, total }: Props) {
  const t = await getTranslations({ locale, namespace: 'Topic' });
  const site = await getTranslations({ locale, namespace: 'Site' });
  const topics = await getTranslations({ locale, namespace: 'Topics' });
  const briefing = await getTranslations({ locale, namespace: 'Briefing' });
  const label = topic.label[locale];

  return (
    <PageShell locale={locale} alternates={pageAlternates.topic(topic.id, page.page)}>
      <Breadcrumbs
        label={briefing('breadcrumb')}
        trail={[
          { name: site('homeLink'), path: paths.home(locale) },
          { name: topics('title'), path: paths.topics(locale) },
          { name: label, path: paths.topic(locale, topic.id, page.page) },
        ]}
      />
      <p className="eyebrow">{t('eyebrow')}</p>
      {/* The topic's name and the page number are isolated: a Latin-ending name ("H200") and the number would otherwise join one run. */}
      <h1 className="page-title page-title-section">
        {page.page > 1 ? t.rich('pageHeading', { topic: label, page: formatNumber(page.page, locale), name: isolate, num: isolate }) : <bdi>{label}</bdi>}
      </h1>
      <p className="count">{t('count', { count: total })}</p>
      <BriefingList locale={locale} briefings={page.items} empty={t('empty')} today={getToday()} lead={page.page === 1} omitTopic={topic.id} />
      <Pagination locale={locale} page={page.page} pageCount={page.pageCount} pathFor={(n) => paths.topic(locale, topic.id, n)} />
      <FeedLinks locale={locale} intro={t('feeds')} hrefOf={(format) => paths.feed({ locale, topic: topic.id }, format)} />
    </PageShell>
  );
}
