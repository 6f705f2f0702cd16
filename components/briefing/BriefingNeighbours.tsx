import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import type { Briefing } from '@/lib/content';
import { paths } from '@/lib/routing/paths';
import { DirectionalArrow } from '../site/DirectionalArrow';
import { modeHref } from '@/lib/routing/request-mode';

type Props = {
  locale: Locale;
  newer: Briefing | null;
  older: Briefing | null;
};

/**
 * The briefings just before and after this one in time. Newer sits at the
 * start of the line and older at its end, as in the lists; the arrows mirror
 * in right-to-left text.
 */
export async function BriefingNeighbours({ locale, newer, older }: Props) {
  if (!newer && !older) return null;
  const t = await getTranslations({ locale, namespace: 'Briefing' });
  return (
    <nav className="neighbours" aria-label={t('neighbours')}>
      {newer && (
        <a className="neighbour neighbour-newer" href={modeHref(paths.briefing(locale, newer.slug))} rel="prev">
          <span className="neighbour-label">
            <DirectionalArrow toward="start" /> {t('newer')}
          </span>
          <span className="neighbour-title" dir="auto">
            {newer.title}
          </span>
        </a>
      )}
      {older && (
        <a className="neighbour neighbour-older" href={modeHref(paths.briefing(locale, older.slug))} rel="next">
          <span className="neighbour-label">
            {t('older')} <DirectionalArrow />
          </span>
          <span className="neighbour-title" dir="auto">
            {older.title}
          </span>
        </a>
      )}
    </nav>
  );
}
