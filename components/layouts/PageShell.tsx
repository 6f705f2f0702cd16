import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/locales';
import type { Alternate } from '@/lib/routing/alternates';
import { Masthead } from '../site/Masthead';
import { PreviewNotice } from '../site/PreviewNotice';

type Props = {
  locale: Locale;
  /** This page in every language, for the switcher. */
  alternates: Alternate[];
  children: ReactNode;
};

/** The masthead and the main landmark that every page shares. */
export function PageShell({ locale, alternates, children }: Props) {
  return (
    <>
      <Masthead locale={locale} alternates={alternates} />
      <PreviewNotice locale={locale} />
      <main id="content" className="page container" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
