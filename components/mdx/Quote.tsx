import type { ReactNode } from 'react';
import { Attribution } from './Attribution';
import type { MdxContext } from './context';

type Props = {
  children: ReactNode;
  /** Who said it. */
  by: string;
  /** Their role or where they said it. */
  role?: string;
  context: MdxContext;
};

/** A quotation with its attribution. */
export function Quote({ children, by, role, context }: Props) {
  return (
    <figure className={context.variant === 'page' ? 'quote' : undefined}>
      <blockquote>{children}</blockquote>
      <figcaption>
        <Attribution by={by} role={role} />
      </figcaption>
    </figure>
  );
}
