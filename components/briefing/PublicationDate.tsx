import type { Locale } from '@/i18n/locales';
import { formatDateTime, machineDate } from '@/lib/format/date';

type Props = {
  locale: Locale;
  date: string;
  label?: string;
};

/**
 * A date, or a date and time in the site's time zone with the zone's name,
 * formatted on the server for the page's language; `datetime` carries the
 * day or the full instant with its offset. `dir="auto"` isolates it: the
 * day's digits must not join a headline that ends in Latin and digits just
 * before it ("…إنفيديا H200 28 يناير"), as on /ar/topics.
 */
export function PublicationDate({ locale, date, label }: Props) {
  const text = formatDateTime(date, locale);
  if (!text) return null;
  return (
    <span className="date">
      {label && <span className="date-label">{label} </span>}
      <time dateTime={machineDate(date)} dir="auto">
        {text}
      </time>
    </span>
  );
}
