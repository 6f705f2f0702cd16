import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { formatNumber } from '@/lib/format/number';
import type { ReadingTime as Time } from '@/lib/format/reading-time';

type Props = {
  locale: Locale;
  time: Time;
};

/** "4 min read" / "قراءة في 4 دقائق", at the language's reading speed. */
export async function ReadingTime({ locale, time }: Props) {
  const t = await getTranslations({ locale, namespace: 'Briefing' });
  return (
    <span className="reading-time" data-words={time.words} data-minutes={time.minutes}>
      {t('readingTime', { minutes: time.minutes, count: formatNumber(time.minutes, locale) })}
    </span>
  );
}
