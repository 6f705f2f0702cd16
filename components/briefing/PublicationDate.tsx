import { siteTimeZone, type Locale } from '@/i18n/locales';
import { formatDate, calendarDay, formatTime, publicationDay } from '@/lib/format/date';

type Props = {
  locale: Locale;
  date: string;
  label?: string;
};

/**
 * A publication date, formatted on the server for the page's language, with
 * its time of day in the site's time zone when the value has one (hasTime).
 */
export function PublicationDate({ locale, date, label }: Props) {
  // The day in the newsroom's time zone: 22:30 UTC on the 27th is the 28th in Riyadh.
  const text = formatDate(publicationDay(date, siteTimeZone), locale);
  if (!text) return null;
  const time = formatTime(date, locale, siteTimeZone);
  return (
    <span className="date">
      {label && <span className="date-label">{label} </span>}
      <time dateTime={time ? date : calendarDay(date)}>{time ? `${text}, ${time}` : text}</time>
    </span>
  );
}
