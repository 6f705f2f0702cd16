import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { getLiveState, type Briefing } from '@/lib/content';

type Props = { locale: Locale; briefing: Pick<Briefing, 'live' | 'updates'> };

/** "Live" (مباشر) on a live briefing's card, in lists and search, while its coverage runs. */
export async function LiveBadge({ locale, briefing }: Props) {
  if (getLiveState(briefing) !== 'live') return null;
  const t = await getTranslations({ locale, namespace: 'Live' });
  return (
    <strong className="live-label" data-live="live">
      {t('live')}
    </strong>
  );
}
