import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { formatNumber } from '@/lib/format/number';
import { pageLinks } from '@/lib/routing/pagination';
import { DirectionalArrow } from './DirectionalArrow';
import { modeHref } from '@/lib/routing/request-mode';

type Props = {
  locale: Locale;
  page: number;
  pageCount: number;
  /** The path of page n (page 1 is the list's own path). */
  pathFor: (page: number) => string;
};

/** Newer/older links and the page numbers around this one (lib/routing/pagination.ts); nothing for a single page. */
export async function Pagination({ locale, page, pageCount, pathFor }: Props) {
  if (pageCount <= 1) return null;
  const t = await getTranslations({ locale, namespace: 'Pagination' });
  const pages = pageLinks(page, pageCount);
  return (
    <nav className="pagination" aria-label={t('label')}>
      <p className="pagination-status">{t('status', { page: formatNumber(page, locale), pages: formatNumber(pageCount, locale) })}</p>
      <ul>
        {page > 1 && (
          <li className="pagination-newer">
            <a href={modeHref(pathFor(page - 1))} rel="prev">
              <DirectionalArrow toward="start" /> {t('newer')}
            </a>
          </li>
        )}
        {pages.map((n, i) =>
          n === 'gap' ? (
            <li key={`gap-${i}`} className="pagination-gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span aria-current="page" className="pagination-current">
                  {formatNumber(n, locale)}
                </span>
              ) : (
                <a href={modeHref(pathFor(n))} aria-label={t('page', { page: formatNumber(n, locale) })}>
                  {formatNumber(n, locale)}
                </a>
              )}
            </li>
          ),
        )}
        {page < pageCount && (
          <li className="pagination-older">
            <a href={modeHref(pathFor(page + 1))} rel="next">
              {t('older')} <DirectionalArrow />
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
