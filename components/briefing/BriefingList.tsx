import { getTranslations } from 'next-intl/server';
import { siteTimeZone, type Locale } from '@/i18n/locales';
import type { Briefing } from '@/lib/content';
import { groupByDay } from '@/lib/format/day-groups';
import { BriefingCard } from './BriefingCard';

type Props = {
  locale: Locale;
  briefings: Briefing[];
  /** Shown when there are none. */
  empty: string;
  /** The day the page is rendered on (YYYY-MM-DD, site time zone), for "today" and "yesterday". */
  today: string;
  /** The first briefing as the lead: the front page, and page 1 of a topic. */
  lead?: boolean;
  /** The topic of the page: not repeated on every card. */
  omitTopic?: string;
  /** The author of the page: not repeated on every card. */
  omitAuthor?: string;
};

/**
 * Briefings newest first: optionally a lead, then the rest under a heading
 * per day ("Today", "Yesterday", then dates; see lib/format/day-groups.ts
 * for how "today" stays right on a prerendered page).
 */
export async function BriefingList({ locale, briefings, empty, today, lead = false, omitTopic, omitAuthor }: Props) {
  if (briefings.length === 0) return <p>{empty}</p>;
  const t = await getTranslations({ locale, namespace: 'Home' });
  const [first, ...rest] = briefings;
  const groups = groupByDay(lead ? rest : briefings, today, locale, siteTimeZone);
  return (
    <div className="briefing-list">
      {lead && first && (
        <section className="lead" aria-label={t('leadLabel')}>
          <BriefingCard locale={locale} briefing={first} variant="lead" heading="h2" omitTopic={omitTopic} omitAuthor={omitAuthor} />
        </section>
      )}
      {groups.map((group) => (
        <section key={group.day} className="day" aria-labelledby={`day-${group.day}`} data-day={group.day}>
          <h2 className="day-heading" id={`day-${group.day}`}>
            {group.relative ? (
              <>
                {group.relative}{' '}
                <span className="day-date" dir="auto">
                  {group.date}
                </span>
              </>
            ) : (
              group.date
            )}
          </h2>
          {group.items.map((b) => (
            <BriefingCard key={b.slug} locale={locale} briefing={b} showDay={false} omitTopic={omitTopic} omitAuthor={omitAuthor} />
          ))}
        </section>
      ))}
    </div>
  );
}
