import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import type { EditionView } from '@/lib/digest';
import { dayHeading } from '@/lib/format/day-groups';
import { formatNumber } from '@/lib/format/number';
import { paths } from '@/lib/routing/paths';
import { DirectionalArrow } from '../site/DirectionalArrow';
import { FeedLinks } from '@/components/site/FeedLinks';

type Props = {
  locale: Locale;
  edition: EditionView;
  /** Whether this is /{locale}/digest, the latest edition. */
  latest?: boolean;
};

/**
 * One day's Daily Brief: each briefing with its summary and key points, in
 * the edition's order (the same order and links as its .txt, feed entry
 * and email), then the days before and after.
 */
export async function Edition({ locale, edition, latest = false }: Props) {
  const t = await getTranslations({ locale, namespace: 'Digest' });
  const live = await getTranslations({ locale, namespace: 'Live' });
  const date = dayHeading(edition.day, locale);
  return (
    <article className="edition">
      <header className="edition-header">
        <p className="edition-kicker">{latest ? t('latest') : t('heading')}</p>
        <h1 className="page-title">
          <time dateTime={edition.day}>{date}</time>
        </h1>
        <p className="meta">
          {t('count', { count: edition.entries.length, formatted: formatNumber(edition.entries.length, locale) })} ·{' '}
          <a href={paths.editionText(locale, edition.day)} type="text/plain">
            {t('plainText')}
          </a>
        </p>
      </header>
      <ol className="edition-items">
        {edition.entries.map((e) => (
          <li key={e.slug} className="edition-item">
            <h2 className="briefing-card-title">
              {e.live && (
                <strong className="live-label" data-live="live">
                  {live('live')}
                </strong>
              )}
              <a href={e.url} dir="auto">
                {e.title}
              </a>
            </h2>
            <p className="summary">{e.summary}</p>
            {e.keyPoints.length > 0 && (
              <ul className="edition-points" aria-label={t('keyPoints')}>
                {e.keyPoints.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {(edition.newer || edition.older) && (
        <nav className="neighbours" aria-label={t('neighbours')}>
          {edition.newer && (
            <a className="neighbour neighbour-newer" href={paths.edition(locale, edition.newer)} rel="prev">
              <span className="neighbour-label">
                <DirectionalArrow toward="start" /> {t('newer')}
              </span>
              <span className="neighbour-title">{dayHeading(edition.newer, locale)}</span>
            </a>
          )}
          {edition.older && (
            <a className="neighbour neighbour-older" href={paths.edition(locale, edition.older)} rel="next">
              <span className="neighbour-label">
                {t('older')} <DirectionalArrow />
              </span>
              <span className="neighbour-title">{dayHeading(edition.older, locale)}</span>
            </a>
          )}
        </nav>
      )}
      <FeedLinks locale={locale} intro={t('feedsIntro')} hrefOf={(format) => paths.digestFeed(locale, format)} />
    </article>
  );
}
