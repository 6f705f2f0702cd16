import { isLiteRequest } from '@/lib/routing/request-mode';
import type { MdxContext } from './context';

type Props = {
  src: string;
  /** Required: what the image shows, for readers who cannot see it. */
  alt: string;
  caption?: string;
  credit?: string;
  width?: number;
  height?: number;
  context: MdxContext;
};

/** An image with its caption and credit. */
export function Figure({ src, alt, caption, credit, width, height, context }: Props) {
  const page = context.variant === 'page';
  // Lite mode has no images (lib/routing/lite.ts); feeds always carry them.
  if (page && isLiteRequest()) return null;
  return (
    <figure className={page ? 'figure' : undefined}>
      <img src={context.url(src)} alt={alt} width={width} height={height} loading={page ? 'lazy' : undefined} decoding={page ? 'async' : undefined} />
      {(caption || credit) && (
        <figcaption>
          {caption}
          {credit && (
            <span className={page ? 'credit' : undefined}>
              {' '}
              <bdi>{credit}</bdi>
            </span>
          )}
        </figcaption>
      )}
    </figure>
  );
}
