import type { Locale } from '@/i18n/locales';
import type { Correction } from '@/lib/content';
import { paths } from '@/lib/routing/paths';
import { PublicationDate } from './PublicationDate';
import { modeHref } from '@/lib/routing/request-mode';

type Props = {
  locale: Locale;
  /** Newest first. */
  corrections: Correction[];
  heading: string;
  intro: string;
  /** The words of the link to the corrections page. */
  allLink: string;
};

/** The dated corrections of a briefing, at the top of its text. */
export function CorrectionNotice({ locale, corrections, heading, intro, allLink }: Props) {
  if (corrections.length === 0) return null;
  return (
    <aside className="corrections" aria-labelledby="corrections-heading" data-corrections={corrections.length}>
      <h2 id="corrections-heading">{heading}</h2>
      <p>{intro}</p>
      <ul>
        {corrections.map((c) => (
          <li key={`${c.date}-${c.text}`} className="correction">
            <PublicationDate locale={locale} date={c.date} />
            <p>{c.text}</p>
          </li>
        ))}
      </ul>
      <p>
        <a className="standalone-link" href={modeHref(paths.corrections(locale))} dir="auto">
          {allLink}
        </a>
      </p>
    </aside>
  );
}
