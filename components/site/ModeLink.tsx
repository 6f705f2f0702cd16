import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { litePath } from '@/lib/routing/lite';
import { isLiteRequest } from '@/lib/routing/request-mode';

type Props = {
  locale: Locale;
  /** This page's path (`/ar/briefings/x`). */
  path: string;
};

/**
 * The way in and out of lite mode (lib/routing/lite.ts): on a full page, a
 * link to the same page in lite; on a lite page, back to the full one. A
 * browser that sends `Save-Data: on` gets lite at either URL.
 */
export async function ModeLink({ locale, path }: Props) {
  const t = await getTranslations({ locale, namespace: 'Site' });
  const lite = isLiteRequest();
  return (
    <p className="mode-link">
      <a href={lite ? path : litePath(path)}>{lite ? t('fullLink') : t('liteLink')}</a>
    </p>
  );
}
