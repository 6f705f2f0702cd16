import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/locales';
import type { Alternate } from '@/lib/routing/alternates';
import { Masthead } from '../site/Masthead';
import { ModeLink } from '../site/ModeLink';
import { PreviewNotice } from '../site/PreviewNotice';

type Props = {
  locale: Locale;
  /** This page in every language, for the switcher. */
  alternates: Alternate[];
  children: ReactNode;
};

/** The masthead, the main landmark and the lite-mode link that every page shares. */
export function PageShell({ locale, alternates, children }: Props) {
  // The page's own entry among its alternates is its path.
  const path = alternates.find((a) => a.locale === locale)?.href;
  return (
    <>
      <Masthead locale={locale} alternates={alternates} />
      <PreviewNotice locale={locale} />
      <main id="content" className="page container" tabIndex={-1}>
        {children}
        {/* Inside the main landmark: every word of a page belongs to one. */}
        {path && <ModeLink locale={locale} path={path} />}
      </main>
    </>
  );
}
