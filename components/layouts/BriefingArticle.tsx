import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { getState, getTopicsOf, type Briefing } from '@/lib/content';
import { BriefingBody } from '../briefing/BriefingBody';
import { LeadImage } from '../briefing/LeadImage';
import { PublicationBadge } from '../briefing/PublicationBadge';
import type { ReadingTime as Time } from '@/lib/format/reading-time';
import { PublicationDate } from '../briefing/PublicationDate';
import { ReadingTime } from '../briefing/ReadingTime';
import { SourceList } from '../briefing/SourceList';
import { TopicTags } from '../briefing/TopicTags';
import { calendarDay } from '@/lib/format/date';

type Props = {
  locale: Locale;
  briefing: Briefing;
  /** The compiled MDX of the body (`getBriefingBody`). */
  code: string;
  readingTime: Time;
  /** The page's absolute address, printed under the article (print only). */
  url: string;
};

/**
 * A whole briefing: title, dek, dates, lead image, body, sources and topics.
 * The headline comes first, right under the section's breadcrumb, so a phone
 * shows it in the first third of the screen.
 */
export async function BriefingArticle({ locale, briefing, code, readingTime, url }: Props) {
  const t = await getTranslations({ locale, namespace: 'Briefing' });
  const image = await getTranslations({ locale, namespace: 'Image' });
  const topics = getTopicsOf(briefing);
  const updated = briefing.updated && calendarDay(briefing.updated) !== calendarDay(briefing.date) ? briefing.updated : null;

  return (
    <article className="briefing" data-slug={briefing.slug}>
      <header className="briefing-header">
        <h1 className="briefing-title">{briefing.title}</h1>
        <p className="dek">{briefing.summary}</p>
        <p className="meta">
          <PublicationDate locale={locale} date={briefing.date} label={t('published')} />
          {updated && <PublicationDate locale={locale} date={updated} label={t('updated')} />}
          <ReadingTime locale={locale} time={readingTime} />
          <PublicationBadge state={getState(briefing)} />
        </p>
      </header>
      {briefing.image && (
        <LeadImage
          image={briefing.image}
          sizes="(min-width: 44rem) 40rem, 100vw"
          priority
          creditLabel={(credit) => image('credit', { credit })}
        />
      )}
      <BriefingBody code={code} />
      <SourceList sources={briefing.sources} heading={t('sources')} intro={t('sourcesIntro')} />
      <TopicTags locale={locale} topics={topics} label={t('topics')} intro={t('inTopics')} />
      <p className="print-url" dir="ltr" translate="no">
        {url}
      </p>
    </article>
  );
}
