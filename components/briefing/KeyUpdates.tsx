import type { Locale } from '@/i18n/locales';
import { pageOfUpdate, type LiveUpdate } from '@/lib/content/live';
import { formatTime, machineDate } from '@/lib/format/date';
import { paths } from '@/lib/routing/paths';

type Props = {
  locale: Locale;
  slug: string;
  /** Every update of the briefing, newest first. */
  updates: readonly LiveUpdate[];
  heading: string;
};

/** The longest a key update's line is, in characters: its first words, then an ellipsis. */
const LINE = 120;

const firstWords = (text: string) => (text.length <= LINE ? text : `${text.slice(0, LINE).replace(/\s+\S*$/, '')}…`);

/**
 * The box of key updates (those flagged `keyEvent`), newest first, each a
 * link to its update's anchor on whichever page of updates holds it.
 */
export function KeyUpdates({ locale, slug, updates, heading }: Props) {
  const key = updates.filter((u) => u.keyEvent);
  if (key.length === 0) return null;
  return (
    <nav className="key-updates" aria-labelledby="key-updates-heading">
      <h2 id="key-updates-heading">{heading}</h2>
      <ol>
        {key.map((u) => (
          <li key={u.id}>
            <time dateTime={machineDate(u.time)} dir="auto">
              {formatTime(u.time, locale)}
            </time>{' '}
            <a href={paths.liveUpdate(locale, slug, pageOfUpdate(updates, u.id) ?? 1, u.id)}>{firstWords(u.text)}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
