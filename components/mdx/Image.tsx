import type { ImgHTMLAttributes } from 'react';
import type { MdxContext } from './context';

type Props = ImgHTMLAttributes<HTMLImageElement> & { context: MdxContext };

/** A Markdown image (`![alt](src)`): its address as the context prints it (absolute in a feed). */
export function Image({ src, alt, context, ...rest }: Props) {
  return <img src={typeof src === 'string' ? context.url(src) : undefined} alt={alt ?? ''} {...rest} />;
}
