import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import type { Briefing } from '@/lib/content';
import { paths } from '@/lib/routing/paths';
import { PublicationDate } from './PublicationDate';
import { modeHref } from '@/lib/routing/request-mode';

type Props = {
  locale: Locale;
  /** Briefings that share topics with this one (getRelated). */
  related: Briefing[];
  /** The newest briefings of the language besides those (getLatestBesides). */
  latest: Briefing[];
};

/**
 * What to read next: the related briefings, then the latest ones. On a
 * phone it follows the article; from 1,100 px the page's grid puts it in a
 * rail beside the article (app/globals.css, `.briefing-layout`), with no
 * script. Nothing when both lists are empty.
 */
export async function BriefingRail({ locale, related, latest }: Props) {
  if (related.length === 0 && latest.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Briefing' });
  const lists = [
    { id: 'related-heading', kind: 'related', heading: t('related'), briefings: related },
    { id: 'latest-heading', kind: 'latest', heading: t('latest'), briefings: latest },
  ].filter((l) => l.briefings.length > 0);
  return (
    <aside className="briefing-rail" aria-label={t('railLabel')}>
      {lists.map(({ id, kind, heading, briefings }) => (
        <section key={id} className={kind} aria-labelledby={id}>
          <h2 id={id}>{heading}</h2>
          <ul>
            {briefings.map((b) => (
              <li key={b.slug}>
                <a href={modeHref(paths.briefing(locale, b.slug))} dir="auto">
                  {b.title}
                </a>
                <PublicationDate locale={locale} date={b.date} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </aside>
  );
}
