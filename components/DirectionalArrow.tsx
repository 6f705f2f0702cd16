type Props = { className?: string };

/** Points toward inline-end; mirrored in right-to-left text by CSS (.mirror). */
export function DirectionalArrow({ className }: Props) {
  return (
    <svg className={`icon mirror ${className ?? ''}`} width="1em" height="1em" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M3 8h9M8.5 4.5 12 8l-3.5 3.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
