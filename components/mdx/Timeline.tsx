import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { eventLabels } from '@/lib/format/timeline';
import type { MdxContext } from './context';

type Props = {
  children: ReactNode;
  /**
   * The list's name. On a page it names the list for assistive technology
   * (default "Timeline"); in a feed it is printed as a heading only when the
   * editor wrote it, since a timeline mostly follows a heading of its own
   * ("How we got here"), and a second "Timeline" heading under it read twice.
   */
  title?: string;
  context: MdxContext;
};

type EventElement = ReactElement<{ date: string; label?: { text: string; shown: boolean } }>;

/**
 * Dated events in order; its children are <Event> elements. Events of the
 * same month in a row share one label (lib/format/timeline.ts).
 */
export function Timeline({ children, title, context }: Props) {
  const events = Children.toArray(children).filter((child): child is EventElement => isValidElement(child) && typeof (child.props as { date?: unknown }).date === 'string');
  const labels = eventLabels(
    events.map((e) => e.props.date),
    context.locale,
  );
  const list = <ol>{events.map((event, i) => cloneElement(event, { label: labels[i] }))}</ol>;
  // On a page the list is named for assistive technology; a feed reader
  // shows only a name the editor gave.
  if (context.variant === 'page') {
    return (
      <section className="timeline" aria-label={title ?? context.labels.timeline}>
        {list}
      </section>
    );
  }
  return (
    <section>
      {title && <h2>{title}</h2>}
      {list}
    </section>
  );
}
