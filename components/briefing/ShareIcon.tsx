import type { ShareTarget } from '@/lib/seo/share-links';

type Props = { name: ShareTarget | 'link' };

// Line drawings on a 24-unit grid, drawn for this site; brand marks are
// simplified. Never mirrored: logos and envelopes have no reading direction.
const shapes: Record<Props['name'], string> = {
  link: 'M10 14a4.5 4.5 0 0 0 6.4 0l3.2-3.2a4.5 4.5 0 0 0-6.4-6.4l-1.4 1.4M14 10a4.5 4.5 0 0 0-6.4 0l-3.2 3.2a4.5 4.5 0 0 0 6.4 6.4l1.4-1.4',
  x: 'M4.5 4h4l11 16h-4zM5 20l6.2-6.8M19 4l-6.2 6.8',
  whatsapp: 'M4.5 19.5l1.1-3.9A8 8 0 1 1 8.6 18.6zM9 8.5c0 3.5 3 6.5 6.5 6.5l1-1.6-2-1-1 .9a4.6 4.6 0 0 1-2.3-2.3l.9-1-1-2z',
  telegram: 'M21 4 3 11l6 2.2M21 4l-3 16-8.9-6.8M21 4 9.1 13.2 10 19l2.6-3.7',
  email: 'M3.5 6.5h17v11h-17zM3.5 7l8.5 6.5L20.5 7',
};

/** The icon of a share link; the link's text names it. */
export function ShareIcon({ name }: Props) {
  return (
    <svg className="icon share-icon" width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={shapes[name]} fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
