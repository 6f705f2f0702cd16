import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { shareTargets, shareUrl, type ShareInput } from '@/lib/seo/share-links';

type Props = {
  locale: Locale;
  share: ShareInput;
};

/**
 * Share links: the page's own URL to copy, then each service. Plain links
 * only: no script, no tracking, nothing loaded from the services.
 */
export async function ShareLinks({ locale, share }: Props) {
  const t = await getTranslations({ locale, namespace: 'Share' });
  return (
    <section className="share" aria-labelledby="share-heading">
      <h2 id="share-heading">{t('heading')}</h2>
      <p className="share-link">
        <span>{t('link')}</span>{' '}
        <a href={share.url} dir="ltr" translate="no">
          {share.url}
        </a>
      </p>
      <ul>
        {shareTargets.map((target) => (
          <li key={target}>
            <a href={shareUrl(target, share)} rel="noopener noreferrer nofollow" data-share={target}>
              {t(target)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
