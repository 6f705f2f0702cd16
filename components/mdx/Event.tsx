import { useLocale } from 'next-intl';
import type { ReactNode } from 'react';
import { formatEventDate } from '@/lib/format/date';

type Props = {
  /** YYYY-MM-DD, or YYYY-MM when only the month is known. */
  date: string;
  children: ReactNode;
};

/** One dated entry of a <Timeline>. */
export function Event({ date, children }: Props) {
  const locale = useLocale();
  const text = formatEventDate(date, locale) ?? date;
  return (
    <li className="timeline-event">
      <time dateTime={date}>{text}</time>
      <div className="timeline-text">{children}</div>
    </li>
  );
}
