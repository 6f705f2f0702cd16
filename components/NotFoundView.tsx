import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { everywhere } from '@/lib/alternates';
import { paths } from '@/lib/routes';
import { PageShell } from './PageShell';

type Props = { locale: Locale };

/** The localized "page not found" content. */
export async function NotFoundView({ locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <PageShell locale={locale} alternates={everywhere(paths.home)}>
      <h1 className="page-title">{t('title')}</h1>
      <p>{t('description')}</p>
      <p className="not-found-home">
        <a href={paths.home(locale)}>{t('home')}</a>
      </p>
    </PageShell>
  );
}
