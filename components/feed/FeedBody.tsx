import { getMDXComponent } from 'next-contentlayer2/hooks';
import type { ComponentProps, ComponentType, ReactNode } from 'react';
import { citationParts } from '@/lib/format/citation';
import { formatDateTime, machineDate } from '@/lib/format/date';
import { localeInfo, type Locale } from '@/i18n/locales';
import type { MdxComponentName } from '@/lib/content/schema';
import { formatEventDate } from '@/lib/format/date';
import { Attribution } from '../mdx/Attribution';
import { absoluteUrl } from '../../lib/site/url';
import { renderStatic } from '@/lib/feeds/static-html';

import type { FeedBodyInput, FeedLabels } from '@/lib/feeds/feed-body';

type WithChildren = { children?: ReactNode };

/**
 * The editors' components for feed readers: plain semantic HTML, no
 * classes, no hooks (feeds render outside any request), every URL absolute.
 * It covers exactly the contract of lib/content/schema.ts, like
 * components/mdx, so a new component cannot be forgotten here (tsc fails).
 */
export function feedComponents(locale: Locale, labels: FeedLabels, base: string, pageUrl: string) {
  const href = (value: string) => (value.startsWith('#') ? `${pageUrl}${value}` : absoluteUrl(value, base));
  const editors: Record<MdxComponentName, ComponentType<any>> = {
    KeyPoints: ({ children }: WithChildren) => (
      <section>
        <h2>{labels.keyPoints}</h2>
        {children}
      </section>
    ),
    Quote: ({ children, by, role }: WithChildren & { by: string; role?: string }) => (
      <figure>
        <blockquote>{children}</blockquote>
        <figcaption>
          — <Attribution by={by} role={role} />
        </figcaption>
      </figure>
    ),
    Timeline: ({ children, title }: WithChildren & { title?: string }) => (
      <section>
        <h2>{title ?? labels.timeline}</h2>
        <ol>{children}</ol>
      </section>
    ),
    Event: ({ children, date }: WithChildren & { date: string }) => (
      <li>
        <strong>
          <time dateTime={date}>{formatEventDate(date, locale) ?? date}</time>
        </strong>{' '}
        {children}
      </li>
    ),
    Figure: ({ src, alt, caption, credit, width, height }: { src: string; alt: string; caption?: string; credit?: string; width?: number; height?: number }) => (
      <figure>
        <img src={absoluteUrl(src, base)} alt={alt} width={width} height={height} />
        {(caption || credit) && (
          <figcaption>
            {caption}
            {credit && (
              <>
                {' '}
                <bdi>{credit}</bdi>
              </>
            )}
          </figcaption>
        )}
      </figure>
    ),
    Callout: ({ children, title }: WithChildren & { title?: string }) => (
      <aside>
        {title && (
          <p>
            <strong>{title}</strong>
          </p>
        )}
        {children}
      </aside>
    ),
  };
  return {
    ...editors,
    // Heading anchors (rehype-autolink-headings) are empty links to `#id`:
    // noise in a feed reader.
    a: ({ className, children, ...props }: ComponentProps<'a'>) =>
      String(className ?? '').split(' ').includes('anchor') ? null : (
        <a {...props} href={props.href ? href(props.href) : undefined}>
          {children}
        </a>
      ),
    img: ({ src, alt, ...rest }: ComponentProps<'img'>) => (
      <img {...rest} alt={alt ?? ''} src={typeof src === 'string' ? absoluteUrl(src, base) : undefined} />
    ),
  };
}

/**
 * A briefing's full text as HTML for feeds: the MDX body rendered on the
 * server with the feed components, then its sources, in one element that
 * carries the language and direction (Arabic stays right to left in every
 * reader that honours `dir`).
 */
export function renderFeedBody({ locale, code, sources, corrections = [], labels, base, pageUrl }: FeedBodyInput): string {
  const Body = getMDXComponent(code);
  const { dir } = localeInfo(locale);
  const words = labels.citation ?? { separator: ', ', quoteOpen: '“', quoteClose: '”' };
  return renderStatic(
    <div lang={locale} dir={dir}>
      {corrections.length > 0 && (
        <section>
          <h2>{labels.corrections}</h2>
          <p>{labels.correctionsIntro}</p>
          <ul>
            {corrections.map((c) => (
              <li key={`${c.date}-${c.text}`}>
                <time dateTime={machineDate(c.date)}>{formatDateTime(c.date, locale)}</time>
                {words.separator}
                {c.text}
              </li>
            ))}
          </ul>
        </section>
      )}
      <Body components={feedComponents(locale, labels, base, pageUrl)} />
      <section>
        <h2>{labels.sources}</h2>
        <p>{labels.sourcesIntro}</p>
        <ul>
          {sources.map((s, i) => {
            const c = citationParts(s, locale, words);
            return (
              <li key={`${i}-${s.name}`}>
                {c.url ? (
                  <a href={c.url}>
                    <bdi>{c.text}</bdi>
                  </a>
                ) : (
                  <bdi>{c.text}</bdi>
                )}
              </li>
            );
          })}
        </ul>
      </section>
    </div>,
  );
}
