import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { correctionsOf, getAuthorsOf, getLiveState, getNewerTwin, getState, getTopicsOf, lastUpdated, type Briefing } from '@/lib/content';
import { KeyUpdates } from '../briefing/KeyUpdates';
import { LiveStatus } from '../briefing/LiveStatus';
import { LiveUpdates } from '../briefing/LiveUpdates';
import { Byline } from '../briefing/Byline';
import { CorrectionNotice } from '../briefing/CorrectionNotice';
import { BriefingBody } from '../briefing/BriefingBody';
import { LeadImage } from '../briefing/LeadImage';
import { NewerTranslation } from '../briefing/NewerTranslation';
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
  /** The compiled MDX of the body (`getBriefingBody`). */
  code: string;
  readingTime: Time;
  /** The page's absolute address, printed under the article (print only). */
  url: string;
  /** For a live briefing: which page of its updates (1: the briefing's own URL). */
  updatesPage?: number;
};

/**
 * A whole briefing: title, dek, dates, lead image, body, sources and topics.
 * The headline comes first, right under the section's breadcrumb, so a phone
 * shows it in the first third of the screen.
 */
export async function BriefingArticle({ locale, briefing, code, readingTime, url, updatesPage = 1 }: Props) {
  const t = await getTranslations({ locale, namespace: 'Briefing' });
  const liveWords = await getTranslations({ locale, namespace: 'Live' });
  const live = getLiveState(briefing);
  const lastUpdate = lastUpdated(briefing);
  const image = await getTranslations({ locale, namespace: 'Image' });
  const topics = getTopicsOf(briefing);
  // An update on the publication day shows only when it has a time of its own.
  const updated = briefing.updated && (calendarDay(briefing.updated) !== calendarDay(briefing.date) || hasTime(briefing.updated)) ? briefing.updated : null;
  const corrections = correctionsOf(briefing);
  const newer = getNewerTwin(briefing);

  return (
    <article className="briefing" data-slug={briefing.slug}>
      <header className="briefing-header">
        <h1 className="briefing-title">
          <bdi>{briefing.title}</bdi>
        </h1>
        <p className="dek">{briefing.summary}</p>
        <p className="meta">
          <Byline locale={locale} authors={getAuthorsOf(briefing)} label={t('by')} separator={t('authorsSeparator')} />
          <PublicationDate locale={locale} date={briefing.date} label={t('published')} />
          {updated && <PublicationDate locale={locale} date={updated} label={t('updated')} />}
          <ReadingTime locale={locale} time={readingTime} />
          <PublicationBadge state={getState(briefing)} />
        </p>
        {live && lastUpdate && <LiveStatus locale={locale} state={live} lastUpdated={lastUpdate} />}
      </header>
      {live && <KeyUpdates locale={locale} slug={briefing.slug} updates={briefing.updates} heading={liveWords('keyUpdates')} />}
      {newer && (
        <NewerTranslation
          locale={locale}
          twin={{ locale: newer.twin.locale as Locale, slug: newer.twin.slug }}
          revised={newer.revised}
          words={{
            notice: (language, date, wrapDate) => t.rich('newerTranslation', { language, date, when: wrapDate }),
            link: (language) => t('newerTranslationLink', { language }),
            label: t('newerTranslationLabel'),
          }}
        />
      )}
      <CorrectionNotice locale={locale} corrections={corrections} heading={t('corrections')} intro={t('correctionsIntro')} allLink={t('correctionsLink')} />
      {briefing.image && <LeadImage image={briefing.image} sizes="(min-width: 44rem) 40rem, 100vw" priority creditLabel={(credit) => image('credit', { credit })} />}
      {live ? <LiveUpdates locale={locale} slug={briefing.slug} code={code} updates={briefing.updates} page={updatesPage} /> : <BriefingBody code={code} />}
      <SourceList
        locale={locale}
        sources={briefing.sources}
        heading={t('sources')}
        intro={t('sourcesIntro')}
        words={{ separator: t('citationSeparator'), quoteOpen: t('quoteOpen'), quoteClose: t('quoteClose') }}
      />
      <TopicTags locale={locale} topics={topics} label={t('topics')} intro={t('inTopics')} />
      <p className="print-url" dir="ltr" translate="no">
        {url}
      </p>
    </article>
  );
}
