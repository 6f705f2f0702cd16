import { useLocale, useTranslations } from 'next-intl';
import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { eventLabels } from '@/lib/format/timeline';

type Props = {
  children: ReactNode;
  /** A heading for the list; the default is "Timeline". */
  title?: string;
};

type EventElement = ReactElement<{ date: string; label?: { text: string; shown: boolean } }>;

/**
 * Dated events in order; its children are <Event> elements. Events of the
 * same month in a row share one label (lib/format/timeline.ts).
 */
export function Timeline({ children, title }: Props) {
  const t = useTranslations('Mdx');
  const locale = useLocale();
  const events = Children.toArray(children).filter(
    (child): child is EventElement => isValidElement(child) && typeof (child.props as { date?: unknown }).date === 'string',
  );
  const labels = eventLabels(
    events.map((e) => e.props.date),
    locale,
  );
  return (
    <section className="timeline" aria-label={title ?? t('timeline')}>
      <ol>{events.map((event, i) => cloneElement(event, { label: labels[i] }))}</ol>
    </section>
  );
}
