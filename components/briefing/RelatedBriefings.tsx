import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import type { Briefing } from '@/lib/content';
import { paths } from '@/lib/routing/paths';
import { PublicationDate } from './PublicationDate';

type Props = {
  locale: Locale;
  briefings: Briefing[];
};

/** Briefings that share topics with this one; nothing when there are none. */
export async function RelatedBriefings({ locale, briefings }: Props) {
  if (briefings.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Briefing' });
  return (
    <section className="related" aria-labelledby="related-heading">
      <h2 id="related-heading">{t('related')}</h2>
      <ul>
        {briefings.map((b) => (
          <li key={b.slug}>
            <a href={paths.briefing(locale, b.slug)} dir="auto">
              {b.title}
            </a>
            <PublicationDate locale={locale} date={b.date} />
          </li>
        ))}
      </ul>
    </section>
  );
}
