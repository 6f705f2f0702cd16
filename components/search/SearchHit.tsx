import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { paths } from '@/lib/routing/paths';
import type { SearchItem } from '@/lib/search/site-search';
import { LiveBadge } from '../briefing/LiveBadge';
import { PublicationDate } from '../briefing/PublicationDate';
import { TopicTags } from '../briefing/TopicTags';
import { Highlighted } from './Highlighted';
import { modeHref } from '@/lib/routing/request-mode';

type Props = { locale: Locale; item: SearchItem };

/** One result: title and excerpt with the matched words marked, date, topics. */
export async function SearchHit({ locale, item }: Props) {
  const t = await getTranslations({ locale, namespace: 'Briefing' });
  const { briefing, topics, view } = item;
  return (
    <article className="briefing-card search-hit">
      <h2 className="briefing-card-title">
        <a href={modeHref(paths.briefing(locale, briefing.slug))} dir="auto">
          <Highlighted segments={view.title} />
        </a>
      </h2>
      <p className="meta">
        <LiveBadge locale={locale} briefing={briefing} />
        <PublicationDate locale={locale} date={briefing.date} />
      </p>
      <p className="summary search-snippet">
        {view.snippet.cutStart && '… '}
        <Highlighted segments={view.snippet.segments} />
        {view.snippet.cutEnd && ' …'}
      </p>
      <TopicTags locale={locale} topics={topics} label={t('topics')} />
    </article>
  );
}
