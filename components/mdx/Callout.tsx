import type { ReactNode } from 'react';
import type { MdxContext } from './context';

type Props = {
  children: ReactNode;
  title?: string;
  context: MdxContext;
};

/** A boxed aside: context, a caveat, why it matters. */
export function Callout({ children, title, context }: Props) {
  const page = context.variant === 'page';
  return (
    <aside className={page ? 'callout' : undefined}>
      {/* Without the page's CSS, the title is set apart in bold. */}
      {title && <p className={page ? 'callout-title' : undefined}>{page ? title : <strong>{title}</strong>}</p>}
      {children}
    </aside>
  );
}
