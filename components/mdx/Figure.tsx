type Props = {
  src: string;
  /** Required: what the image shows, for readers who cannot see it. */
  alt: string;
  caption?: string;
  credit?: string;
  width?: number;
  height?: number;
};

/** An image with its caption and credit. */
export function Figure({ src, alt, caption, credit, width, height }: Props) {
  return (
    <figure className="figure">
      <img src={src} alt={alt} width={width} height={height} loading="lazy" decoding="async" />
      {(caption || credit) && (
        <figcaption>
          {caption}
          {credit && (
            <span className="credit">
              {' '}
              <bdi>{credit}</bdi>
            </span>
          )}
        </figcaption>
      )}
    </figure>
  );
}
