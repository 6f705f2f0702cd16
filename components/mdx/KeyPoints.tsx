import type { ReactNode } from 'react';
import type { MdxContext } from './context';

type Props = { children: ReactNode; context: MdxContext };

/** The "what to know" list at the top of a briefing. */
export function KeyPoints({ children, context }: Props) {
  const page = context.variant === 'page';
  return (
    <aside className={page ? 'key-points' : undefined} aria-labelledby={page ? 'key-points-heading' : undefined}>
      <h2 id={page ? 'key-points-heading' : undefined}>{context.labels.keyPoints}</h2>
      {children}
    </aside>
  );
}
