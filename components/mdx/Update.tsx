import type { ReactNode } from 'react';
import { formatDateTime, machineDate } from '@/lib/format/date';
import type { MdxContext } from './context';

type Props = {
  /** The update's anchor, never changed once published (the content check holds it to that). */
  id: string;
  /** YYYY-MM-DDTHH:MM+03:00. */
  time: string;
  /** Listed in the key-updates box. */
  keyEvent?: boolean;
  /** Marked as breaking news. */
  breaking?: boolean;
  children: ReactNode;
  context: MdxContext;
};

/**
 * One update of a live briefing: an <article> whose id is its anchor, with
 * its time in the site's zone. components/briefing/LiveUpdates.tsx picks
 * which updates a page shows and in what order; in a feed, each update is
 * its own entry (lib/feeds/live-feed.ts), so it carries no id there.
 */
export function Update({ id, time, keyEvent, breaking, children, context }: Props) {
  const page = context.variant === 'page';
  const words = context.labels.live;
  return (
    <article id={page ? id : undefined} className={page ? 'live-update' : undefined} data-key-event={page && keyEvent ? '' : undefined}>
      <p className={page ? 'live-update-meta' : undefined}>
        <time dateTime={machineDate(time)} dir="auto">
          {formatDateTime(time, context.locale) ?? time}
        </time>
        {breaking && words && (
          <>
            {' '}
            <strong className={page ? 'live-flag live-flag-breaking' : undefined}>{words.breaking}</strong>
          </>
        )}
        {keyEvent && words && (
          <>
            {' '}
            <span className={page ? 'live-flag' : undefined}>{words.keyEvent}</span>
          </>
        )}
      </p>
      <div className={page ? 'live-update-body' : undefined}>{children}</div>
    </article>
  );
}
