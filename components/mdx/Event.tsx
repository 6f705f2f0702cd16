import { useLocale } from 'next-intl';
import type { ReactNode } from 'react';
import { formatEventDate } from '@/lib/format/date';

type Props = {
  /** YYYY-MM-DD, or YYYY-MM when only the month is known. */
  date: string;
  children: ReactNode;
  /** Set by <Timeline>: the label, and whether the event before already shows it. */
  label?: { text: string; shown: boolean };
};

/** One dated entry of a <Timeline>. */
export function Event({ date, children, label }: Props) {
  const locale = useLocale();
  const text = label?.text ?? formatEventDate(date, locale) ?? date;
  const shown = label?.shown ?? true;
  return (
    <li className={shown ? 'timeline-event' : 'timeline-event timeline-event-same'}>
      <time dateTime={date} className={shown ? undefined : 'visually-hidden'}>
        {text}
      </time>
      <div className="timeline-text">{children}</div>
    </li>
  );
}
