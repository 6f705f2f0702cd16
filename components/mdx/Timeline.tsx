import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

type Props = {
  children: ReactNode;
  /** A heading for the list; the default is "Timeline". */
  title?: string;
};

/** Dated events in order; its children are <Event> elements. */
export function Timeline({ children, title }: Props) {
  const t = useTranslations('Mdx');
  return (
    <section className="timeline" aria-label={title ?? t('timeline')}>
      <ol>{children}</ol>
    </section>
  );
}
