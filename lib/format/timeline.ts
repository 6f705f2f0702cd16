import type { Locale } from '@/i18n/locales';
import { formatEventDate } from './date';

/**
 * The date label of each timeline event, and whether it is shown: an event
 * whose label is the same as the one before (three "January 2026" in a row)
 * shares the label of the first, so the column reads as a list of months,
 * not a stutter. The date stays in the markup (`<time>`) for machines.
 */
export function eventLabels(dates: readonly string[], locale: Locale): { text: string; shown: boolean }[] {
  let previous: string | null = null;
  return dates.map((date) => {
    const text = formatEventDate(date, locale) ?? date;
    const shown = text !== previous;
    previous = text;
    return { text, shown };
  });
}
