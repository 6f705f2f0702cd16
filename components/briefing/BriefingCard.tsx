import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { getAuthorsOf, getState, getTopicsOf, type Briefing } from '@/lib/content';
import { formatTime, hasTime } from '@/lib/format/date';
import { Byline } from './Byline';
import { paths } from '@/lib/routing/paths';
import { LeadImage } from './LeadImage';
import { LiveBadge } from './LiveBadge';
import { PublicationBadge } from './PublicationBadge';
import { PublicationDate } from './PublicationDate';
import { TopicTags } from './TopicTags';
import { modeHref } from '@/lib/routing/request-mode';

type Props = {
  locale: Locale;
  briefing: Briefing;
  /** The lead gets the most room and its image; the others are text. */
  variant?: 'lead' | 'standard';
  /** Under a day heading the day is said already: show only the time, if any. */
  showDay?: boolean;
  /** The topic of the page the list is on: not repeated on every card. */
  omitTopic?: string;
  /** The author of the page the list is on: not repeated either; co-authors are named "with". */
  omitAuthor?: string;
  heading?: 'h2' | 'h3';
};

/** One briefing in a list: title, time, summary and topics. */
export async function BriefingCard({ locale, briefing, variant = 'standard', showDay = true, omitTopic, omitAuthor, heading: Heading = 'h3' }: Props) {
  const t = await getTranslations({ locale, namespace: 'Briefing' });
  const image = await getTranslations({ locale, namespace: 'Image' });
  const topics = getTopicsOf(briefing).filter((topic) => topic.id !== omitTopic);
  const authors = getAuthorsOf(briefing);
  const others = authors.filter((a) => a.id !== omitAuthor);
  const time = formatTime(briefing.date, locale);
  const lead = variant === 'lead';
  return (
    <article className={`briefing-card briefing-card-${variant}`}>
      {lead && briefing.image && <LeadImage image={briefing.image} sizes="(min-width: 64rem) 38rem, 100vw" priority creditLabel={(credit) => image('credit', { credit })} />}
      <div className="briefing-card-text">
        <Heading className="briefing-card-title">
          <a href={modeHref(paths.briefing(locale, briefing.slug))} dir="auto">
            {briefing.title}
          </a>
        </Heading>
        <p className="summary">{briefing.summary}</p>
        <p className="meta">
          <LiveBadge locale={locale} briefing={briefing} />
          {showDay && <PublicationDate locale={locale} date={briefing.date} />}
          {!showDay && time && hasTime(briefing.date) && (
            <time className="time" dateTime={briefing.date} dir="auto">
              {time}
            </time>
          )}
          <Byline locale={locale} authors={others} label={others.length < authors.length ? t('coauthors') : t('by')} separator={t('authorsSeparator')} />
          {briefing.corrections?.length ? (
            <span className="corrected-flag" data-corrected={briefing.corrections.length}>
              {t('corrected')}
            </span>
          ) : null}
          <PublicationBadge state={getState(briefing)} />
        </p>
        <TopicTags locale={locale} topics={topics} label={t('topics')} />
      </div>
    </article>
  );
}
