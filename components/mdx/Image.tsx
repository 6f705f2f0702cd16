import type { ImgHTMLAttributes } from 'react';
import { isLiteRequest } from '@/lib/routing/request-mode';
import type { MdxContext } from './context';

type Props = ImgHTMLAttributes<HTMLImageElement> & { context: MdxContext };

/** A Markdown image (`![alt](src)`): its address as the context prints it (absolute in a feed). */
export function Image({ src, alt, context, ...rest }: Props) {
  // Lite mode has no images (lib/routing/lite.ts); feeds always carry them.
  if (context.variant === 'page' && isLiteRequest()) return null;
  return <img src={typeof src === 'string' ? context.url(src) : undefined} alt={alt ?? ''} {...rest} />;
}
