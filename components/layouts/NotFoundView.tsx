import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { everywhere } from '@/lib/routing/alternates';
import { paths } from '@/lib/routing/paths';
import { PageShell } from './PageShell';
import { modeHref } from '@/lib/routing/request-mode';

type Props = { locale: Locale };

/**
 * The localized "page not found" content.
 * 404 path: next.config.mjs (fallback rewrite) → app/[locale]/missing/route.ts → lib/http/not-found-document.ts → app/[locale]/not-found-view/page.tsx → components/layouts/NotFoundView.tsx; app/[locale]/not-found.tsx for notFound() in a page.
 */
export async function NotFoundView({ locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <PageShell locale={locale} alternates={everywhere(paths.home)}>
      <h1 className="page-title">{t('title')}</h1>
      <p>{t('description')}</p>
      <p className="not-found-home">
        <a href={modeHref(paths.home(locale))} dir="auto">
          {t('home')}
        </a>
      </p>
    </PageShell>
  );
}
