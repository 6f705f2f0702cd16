import { getTranslations } from 'next-intl/server';

/** The closing line of every page. */
export async function SiteFooter() {
  const t = await getTranslations('Site');
  return (
    <footer className="site-footer">
      <p>{t('footer')}</p>
    </footer>
  );
}
