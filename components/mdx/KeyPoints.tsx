import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

type Props = { children: ReactNode };

/** The "what to know" list at the top of a briefing. */
export function KeyPoints({ children }: Props) {
  const t = useTranslations('Mdx');
  return (
    <aside className="key-points" aria-labelledby="key-points-heading">
      <h2 id="key-points-heading">{t('keyPoints')}</h2>
      {children}
    </aside>
  );
}
