import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { formatDateTime, machineDate } from '@/lib/format/date';

type Props = {
  locale: Locale;
  state: 'upcoming' | 'live' | 'ended';
  /** The newest update's time (or the coverage's start). */
  lastUpdated: string;
};

/**
 * "Live" (مباشر) while the coverage runs, "Live coverage ended" after it,
 * and the time of the last update in the site's zone. Rendered on the
 * server; a page rendered while live is rendered again at the coverage's
 * end (its instant is in the build's schedule, lib/clock/schedule.mjs).
 */
export async function LiveStatus({ locale, state, lastUpdated }: Props) {
  const t = await getTranslations({ locale, namespace: 'Live' });
  return (
    <p className="live-status" data-live={state}>
      {state === 'live' && <strong className="live-label">{t('live')}</strong>}
      {state === 'ended' && <span className="live-ended">{t('ended')}</span>}{' '}
      <span className="date">
        <span className="date-label">{t('lastUpdated')} </span>
        <time dateTime={machineDate(lastUpdated)} dir="auto">
          {formatDateTime(lastUpdated, locale)}
        </time>
      </span>
    </p>
  );
}
