import type { ReactNode } from 'react';

type Props = {
  children: ReactNode;
  title?: string;
};

/** A boxed aside: context, a caveat, why it matters. */
export function Callout({ children, title }: Props) {
  return (
    <aside className="callout">
      {title && <p className="callout-title">{title}</p>}
      {children}
    </aside>
  );
}
