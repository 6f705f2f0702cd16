import type { Locale } from '@/i18n/locales';
import type { Author } from '@/lib/content';
import { paths } from '@/lib/routing/paths';
import { modeHref } from '@/lib/routing/request-mode';

type Props = {
  locale: Locale;
  authors: Author[];
  /** "By" in the page's language. */
  label: string;
  separator: string;
};

/** Who signs a briefing, each name linking to the author's page. */
export function Byline({ locale, authors, label, separator }: Props) {
  if (authors.length === 0) return null;
  return (
    <span className="byline">
      {`${label} `}
      {authors.map((a, i) => (
        <span key={a.id}>
          {i > 0 && separator}
          <a href={modeHref(paths.author(locale, a.id))} rel="author" data-author={a.id} dir="auto">
            {a.name[locale]}
          </a>
        </span>
      ))}
    </span>
  );
}
