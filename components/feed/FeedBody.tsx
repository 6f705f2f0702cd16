import { getMDXComponent } from 'next-contentlayer2/hooks';
import { citationParts } from '@/lib/format/citation';
import { formatDateTime, machineDate } from '@/lib/format/date';
import { localeInfo, type Locale } from '@/i18n/locales';
import { absoluteUrl } from '@/lib/site/url';
import { mdxComponents } from '../mdx';
import { renderStatic } from '@/lib/feeds/static-html';

import type { FeedBodyInput, FeedLabels } from '@/lib/feeds/feed-body';

/**
 * The editors' components for feed readers: the site's own (components/mdx)
 * in their feed variant, which prints plain semantic HTML with no classes,
 * visible headings and every URL absolute, and uses no hooks (feeds render
 * outside any request, with lib/feeds/static-html.ts).
 */
export function feedComponents(locale: Locale, labels: FeedLabels, base: string, pageUrl: string) {
  return mdxComponents({
    locale,
    labels: { keyPoints: labels.keyPoints, timeline: labels.timeline },
    variant: 'feed',
    url: (value) => (value.startsWith('#') ? `${pageUrl}${value}` : absoluteUrl(value, base)),
  });
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
