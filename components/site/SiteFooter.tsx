import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { FeedLinks } from './FeedLinks';
import { NewsroomLinks } from './NewsroomLinks';

type Props = { locale: Locale };

/** The closing line of every page, the newsroom's pages and the language's feeds. */
export async function SiteFooter({ locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'Site' });
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p>{t('footer')}</p>
        <NewsroomLinks locale={locale} />
        <FeedLinks locale={locale} scope={{ locale }} intro={t('feedsIntro')} />
      </div>
    </footer>
  );
}
