import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { correctionsOf, getAuthorsOf, getState, getTopicsOf, type Briefing } from '@/lib/content';
import { Byline } from '../briefing/Byline';
import { CorrectionNotice } from '../briefing/CorrectionNotice';
import { BriefingBody } from '../briefing/BriefingBody';
import { PublicationBadge } from '../briefing/PublicationBadge';
import type { ReadingTime as Time } from '@/lib/format/reading-time';
import { PublicationDate } from '../briefing/PublicationDate';
import { ReadingTime } from '../briefing/ReadingTime';
import { SourceList } from '../briefing/SourceList';
import { TopicTags } from '../briefing/TopicTags';
import { calendarDay, hasTime } from '@/lib/format/date';

type Props = {
  locale: Locale;
  briefing: Briefing;
  readingTime: Time;
};

/** A whole briefing: title, dek, dates, topics, body and sources. */
export async function BriefingArticle({ locale, briefing, readingTime }: Props) {
  const t = await getTranslations({ locale, namespace: 'Briefing' });
  const topics = getTopicsOf(briefing);
  // An update on the publication day shows only when it has a time of its own.
  const updated =
    briefing.updated && (calendarDay(briefing.updated) !== calendarDay(briefing.date) || hasTime(briefing.updated)) ? briefing.updated : null;
  const corrections = correctionsOf(briefing);

  return (
    <article className="briefing" data-slug={briefing.slug}>
      <header className="briefing-header">
        <TopicTags locale={locale} topics={topics} label={t('topics')} />
        <h1 className="briefing-title">{briefing.title}</h1>
        <p className="dek">{briefing.summary}</p>
        <p className="meta">
          <Byline locale={locale} authors={getAuthorsOf(briefing)} label={t('by')} separator={t('authorsSeparator')} />
          <PublicationDate locale={locale} date={briefing.date} label={t('published')} />
          {updated && <PublicationDate locale={locale} date={updated} label={t('updated')} />}
          <ReadingTime locale={locale} time={readingTime} />
          <PublicationBadge state={getState(briefing)} />
        </p>
      </header>
      <CorrectionNotice
        locale={locale}
        corrections={corrections}
        heading={t('corrections')}
        intro={t('correctionsIntro')}
        allLink={t('correctionsLink')}
      />
      <BriefingBody code={briefing.body.code} />
      <SourceList
        locale={locale}
        sources={briefing.sources}
        heading={t('sources')}
        intro={t('sourcesIntro')}
        words={{ separator: t('citationSeparator'), quoteOpen: t('quoteOpen'), quoteClose: t('quoteClose') }}
      />
    </article>
  );
}
