import type { Locale } from '@/i18n/locales';
import { citationParts, type CitationWords, type Source } from '@/lib/format/citation';

type Props = {
  locale: Locale;
  sources: Source[];
  heading: string;
  intro: string;
  words: CitationWords;
};

/**
 * The sources a briefing rests on, each a citation a reader can check:
 * publisher, headline and date; the headline (or the publisher, without
 * one) links to the report when it has an address.
 */
export function SourceList({ locale, sources, heading, intro, words }: Props) {
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{heading}</h2>
      <p>{intro}</p>
      <ul>
        {sources.map((source, i) => {
          const c = citationParts(source, locale, words);
          const link = (text: string) =>
            c.url ? (
              <a href={c.url} rel="noopener external" dir="auto">
                <bdi>{text}</bdi>
              </a>
            ) : (
              <bdi>{text}</bdi>
            );
          return (
            <li key={`${i}-${source.name}`} className="citation">
              {c.title ? <bdi>{c.publisher}</bdi> : link(c.publisher)}
              {c.title && (
                <>
                  {words.separator}
                  {link(c.title)}
                </>
              )}
              {c.date && (
                <>
                  {words.separator}
                  <time dateTime={c.date.datetime}>{c.date.text}</time>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
