type Props = {
  className?: string;
  /** Which way it points, in the line's direction: toward its end (default) or its start. */
  toward?: 'end' | 'start';
};

/** Points toward inline-end (or inline-start); mirrored in right-to-left text by CSS (.mirror). */
export function DirectionalArrow({ className, toward = 'end' }: Props) {
  const d = toward === 'end' ? 'M3 8h9M8.5 4.5 12 8l-3.5 3.5' : 'M13 8H4M7.5 4.5 4 8l3.5 3.5';
  return (
    <svg className={`icon mirror ${className ?? ''}`} width="1em" height="1em" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
