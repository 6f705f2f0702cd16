import type { ReactNode } from 'react';

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
        <bdi>{by}</bdi>
        {role && (
          <>
            {', '}
            <bdi>{role}</bdi>
          </>
        )}
      </figcaption>
    </figure>
  );
}
