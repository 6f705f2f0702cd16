import type { ReactNode } from 'react';
import { formatEventDate } from '@/lib/format/date';
import type { MdxContext } from './context';

type Props = {
  /** YYYY-MM-DD, or YYYY-MM when only the month is known. */
  date: string;
  children: ReactNode;
  /** Set by <Timeline>: the label, and whether the event before already shows it. */
  label?: { text: string; shown: boolean };
  context: MdxContext;
};

/** One dated entry of a <Timeline>. */
export function Event({ date, children, label, context }: Props) {
  const page = context.variant === 'page';
  const text = label?.text ?? formatEventDate(date, context.locale) ?? date;
  // A feed reader has no CSS to hide a repeated label with: it shows each one.
  const shown = !page || (label?.shown ?? true);
  return (
    <li className={page ? (shown ? 'timeline-event' : 'timeline-event timeline-event-same') : undefined}>
      <time dateTime={date} className={shown ? undefined : 'visually-hidden'}>
        {text}
      </time>
      <div className={page ? 'timeline-text' : undefined}>{children}</div>
    </li>
  );
}
