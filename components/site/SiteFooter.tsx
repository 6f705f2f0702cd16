import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { paths } from '@/lib/routing/paths';
import { FeedLinks } from './FeedLinks';
import { NewsroomLinks } from './NewsroomLinks';
import { modeHref } from '@/lib/routing/request-mode';

type Props = { locale: Locale };

/** The closing lines of every page: the site's pages, the newsroom's, and the language's feeds, in the page's column. */
export async function SiteFooter({ locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'Site' });
  return (
    <footer className="site-footer">
      <div className="site-footer-inner container">
        <p className="site-footer-about">{t('footer')}</p>
        <nav aria-label={t('footerNav')}>
          <ul className="footer-links">
            <li>
              <a href={modeHref(paths.home(locale))}>{t('homeLink')}</a>
            </li>
            <li>
              <a href={modeHref(paths.topics(locale))}>{t('topicsLink')}</a>
            </li>
          </ul>
        </nav>
        <NewsroomLinks locale={locale} />
        <FeedLinks locale={locale} intro={t('feedsIntro')} hrefOf={(format) => paths.feed({ locale }, format)} />
      </div>
    </footer>
  );
}
