import type { Locale } from '@/i18n/locales';
import { formatDate, calendarDay } from '@/lib/format/date';

type Props = {
  locale: Locale;
  date: string;
  label?: string;
};

/** A calendar date, formatted on the server for the page's language. */
export function PublicationDate({ locale, date, label }: Props) {
  const text = formatDate(date, locale);
  if (!text) return null;
  return (
    <span className="date">
      {label && <span className="date-label">{label} </span>}
      <time dateTime={calendarDay(date)}>{text}</time>
    </span>
  );
}
