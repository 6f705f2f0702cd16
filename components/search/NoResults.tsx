import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { getArchivePage, getToday, getTopicCounts } from '@/lib/content';
import { formatNumber } from '@/lib/format/number';
import { paths } from '@/lib/routing/paths';
import { BriefingList } from '../briefing/BriefingList';
import { modeHref } from '@/lib/routing/request-mode';

type Props = { locale: Locale };

/** Latest briefings shown when nothing matched. */
const LATEST = 3;

/** Where to go when nothing matched: the topics with briefings, and the latest briefings. */
export async function NoResults({ locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'Search' });
  const topicsT = await getTranslations({ locale, namespace: 'Topics' });
  const home = await getTranslations({ locale, namespace: 'Home' });
  const topics = getTopicCounts(locale).filter((topic) => topic.count > 0);
  const latest = getArchivePage(locale, 1)?.items.slice(0, LATEST) ?? [];
  return (
    <div className="search-suggestions">
      <p>{t('noResultsHint')}</p>
      {topics.length > 0 && (
        <ul className="topic-tags search-topics">
          {topics.map((topic) => (
            <li key={topic.id}>
              {/* The count inside the pill: it cannot wrap away from its topic. */}
              <a href={modeHref(paths.topic(locale, topic.id))}>
                <bdi>{topic.label[locale]}</bdi> <span className="topic-count">{topicsT('count', { n: topic.count, count: formatNumber(topic.count, locale) })}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      <h2 className="section-title">{t('latest')}</h2>
      <BriefingList locale={locale} briefings={latest} empty={home('empty')} today={getToday()} />
    </div>
  );
}
