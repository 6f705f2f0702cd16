import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/locales';
import { formatDateTime, machineDate } from '@/lib/format/date';
import { languageName } from '@/lib/format/language';
import { paths } from '@/lib/routing/paths';
import { modeHref } from '@/lib/routing/request-mode';

type Props = {
  /** The language of the page (and of the notice). */
  locale: Locale;
  /** The version in another language revised after this one (`getNewerTwin`). */
  twin: { locale: Locale; slug: string };
  /** When it was revised: its latest `updated` or correction, as written. */
  revised: string;
  /** The page's words: the notice around the language and the date, the link, and the notice's label. */
  words: {
    /** The sentence, given the language's name, the formatted date and what wraps that date. */
    notice: (language: string, date: string, wrapDate: (chunks: ReactNode) => ReactNode) => ReactNode;
    link: (language: string) => string;
    label: string;
  };
};

/**
 * Tells readers of the version that is behind that the other language's was
 * revised after it, when, and where to read it. Decided at build time from
 * the frontmatter (lib/content/translation.ts), so the page stays static.
 */
export function NewerTranslation({ locale, twin, revised, words }: Props) {
  const text = formatDateTime(revised, locale);
  if (!text) return null;
  const language = languageName(twin.locale, locale);
  // <bdi>: the date's digits and the zone's name keep their order in either direction.
  const wrapDate = (chunks: ReactNode) => (
    <bdi>
      <time dateTime={machineDate(revised)}>{chunks}</time>
    </bdi>
  );
  return (
    <aside className="newer-translation" aria-label={words.label} data-newer={twin.locale}>
      <p>
        {words.notice(language, text, wrapDate)}{' '}
        <a href={modeHref(paths.briefing(twin.locale, twin.slug))} hrefLang={twin.locale} dir="auto">
          {words.link(language)}
        </a>
      </p>
    </aside>
  );
}
