import type { Locale } from '@/i18n/locales';
import type { Briefing } from '@/lib/content';
import { BriefingCard } from './BriefingCard';

type Props = {
  locale: Locale;
  briefings: Briefing[];
  /** Shown when there are none. */
  empty: string;
};

/** Briefings as cards, in the order given (newest first). */
export function BriefingList({ locale, briefings, empty }: Props) {
  if (briefings.length === 0) return <p>{empty}</p>;
  return (
    <div className="briefing-list">
      {briefings.map((b) => (
        <BriefingCard key={b.slug} locale={locale} briefing={b} />
      ))}
    </div>
  );
}
