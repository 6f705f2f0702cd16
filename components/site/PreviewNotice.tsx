import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { getPreviewBroken } from '@/lib/content';
import { paths } from '@/lib/routing/paths';
import { modeHref } from '@/lib/routing/request-mode';

type Props = { locale: Locale };

/**
 * In the preview (`npm run dev`) only: the briefings of this language whose
 * files have errors. They are left out of every list, so that an editor who
 * reloads the home page after a bad save is told where they went, with a
 * link to the page that shows each file's problems. Renders nothing in
 * production, where such a file never builds.
 */
export async function PreviewNotice({ locale }: Props) {
  const broken = getPreviewBroken(locale);
  if (broken.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Preview' });
  return (
    <aside className="preview-notice container" role="status">
      <p>{t('notice')}</p>
      <ul>
        {broken.map((b) => (
          <li key={b.slug}>
            <a href={modeHref(paths.briefing(locale, b.slug))} dir="ltr">
              {b.file}
            </a>
          </li>
        ))}
      </ul>
    </aside>
  );
}
