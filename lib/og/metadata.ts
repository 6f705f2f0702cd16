import type { Metadata } from 'next';
import { shareImageContentType, shareImageSize } from './card';
import type { ShareImage } from './cards';

/** The Open Graph and Twitter image tags of a page, or none. */
export function shareImageMetadata(image: ShareImage | null): Pick<Metadata, 'openGraph' | 'twitter'> {
  if (!image) return {};
  const entry = { url: image.path, ...shareImageSize, type: shareImageContentType, alt: image.input.title };
  return {
    openGraph: { images: [entry] },
    twitter: { card: 'summary_large_image', images: [entry] },
  };
}
