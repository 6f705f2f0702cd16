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
 * day or the full instant with its offset.
 */
export function PublicationDate({ locale, date, label }: Props) {
  const text = formatDateTime(date, locale);
  if (!text) return null;
  return (
    <span className="date">
      {label && <span className="date-label">{label} </span>}
      <time dateTime={machineDate(date)}>{text}</time>
    </span>
  );
}
