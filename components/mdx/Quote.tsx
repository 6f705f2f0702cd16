import type { ReactNode } from 'react';
import { Attribution } from './Attribution';

type Props = {
  children: ReactNode;
  /** Who said it. */
  by: string;
  /** Their role or where they said it. */
  role?: string;
};

/** A quotation with its attribution. */
export function Quote({ children, by, role }: Props) {
  return (
    <figure className="quote">
      <blockquote>{children}</blockquote>
      <figcaption>
        <Attribution by={by} role={role} />
      </figcaption>
    </figure>
  );
}
