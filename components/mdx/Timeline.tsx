import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { eventLabels } from '@/lib/format/timeline';
import type { MdxContext } from './context';

type Props = {
  children: ReactNode;
  /** A heading for the list; the default is "Timeline". */
  title?: string;
  context: MdxContext;
};

type EventElement = ReactElement<{ date: string; label?: { text: string; shown: boolean } }>;

/**
 * Dated events in order; its children are <Event> elements. Events of the
 * same month in a row share one label (lib/format/timeline.ts).
 */
export function Timeline({ children, title, context }: Props) {
  const events = Children.toArray(children).filter(
    (child): child is EventElement => isValidElement(child) && typeof (child.props as { date?: unknown }).date === 'string',
  );
  const labels = eventLabels(
    events.map((e) => e.props.date),
    context.locale,
  );
  const list = <ol>{events.map((event, i) => cloneElement(event, { label: labels[i] }))}</ol>;
  const heading = title ?? context.labels.timeline;
  // On a page the list is named for assistive technology; a feed reader shows the name.
  if (context.variant === 'page') {
    return (
      <section className="timeline" aria-label={heading}>
        {list}
      </section>
    );
  }
  return (
    <section>
      <h2>{heading}</h2>
      {list}
    </section>
  );
}
