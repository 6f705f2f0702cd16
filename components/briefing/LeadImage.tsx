import Image from 'next/image';
import { isLiteRequest } from '@/lib/routing/request-mode';

type Props = {
  image: { src: string; alt: string; caption?: string; credit?: string };
  /** Which width the image takes at each viewport, for the browser to pick a file. */
  sizes: string;
  /** The largest thing above the fold: fetched first, not lazily. */
  priority?: boolean;
  /** The credit's words around the name: "Image: {credit}". */
  creditLabel: (credit: string) => string;
};

/**
 * A briefing's lead image, cropped to 3:2 so lists line up, with its caption
 * and credit. Local files (public/images/) go through next/image's optimizer
 * (next.config.mjs allows /images/**); an https:// address is shown as it is,
 * because the optimizer only fetches hosts listed in remotePatterns.
 */
export function LeadImage({ image, sizes, priority = false, creditLabel }: Props) {
  // Lite mode has no images (lib/routing/lite.ts).
  if (isLiteRequest()) return null;
  const remote = /^https?:\/\//.test(image.src);
  return (
    <figure className="lead-image">
      <div className="lead-image-frame">
        <Image src={image.src} alt={image.alt} fill sizes={sizes} priority={priority} unoptimized={remote} />
      </div>
      {(image.caption || image.credit) && (
        <figcaption>
          {image.caption}
          {image.credit && (
            <span className="credit">
              {image.caption ? ' · ' : ''}
              <bdi>{creditLabel(image.credit)}</bdi>
            </span>
          )}
        </figcaption>
      )}
    </figure>
  );
}
