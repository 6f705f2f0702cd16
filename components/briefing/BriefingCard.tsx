import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { getAuthorsOf, getState, getTopicsOf, type Briefing } from '@/lib/content';
import { Byline } from './Byline';
import { paths } from '@/lib/routing/paths';
import { PublicationBadge } from './PublicationBadge';
import { PublicationDate } from './PublicationDate';
import { TopicTags } from './TopicTags';

type Props = {
  locale: Locale;
  briefing: Briefing;
};

/** One briefing in a list: title, date, topics and summary. */
export async function BriefingCard({ locale, briefing }: Props) {
  const t = await getTranslations({ locale, namespace: 'Briefing' });
  const topics = getTopicsOf(briefing);
  return (
    <article className="briefing-card">
      <h2 className="briefing-card-title">
        <a href={paths.briefing(locale, briefing.slug)}>{briefing.title}</a>
      </h2>
      <p className="meta">
        <PublicationDate locale={locale} date={briefing.date} />
        <Byline locale={locale} authors={getAuthorsOf(briefing)} label={t('by')} separator={t('authorsSeparator')} />
        {briefing.corrections?.length ? (
          <span className="corrected-flag" data-corrected={briefing.corrections.length}>
            {t('corrected')}
          </span>
        ) : null}
        <PublicationBadge state={getState(briefing)} />
      </p>
      <p className="summary">{briefing.summary}</p>
      <TopicTags locale={locale} topics={topics} label={t('topics')} />
    </article>
  );
}
