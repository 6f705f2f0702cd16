import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { shareTargets, shareUrl, type ShareInput } from '@/lib/seo/share-links';
import { ShareIcon } from './ShareIcon';

type Props = {
  locale: Locale;
  share: ShareInput;
};

/**
 * Share links: the page's own address (to long-press and copy), then each
 * service, as icons with 44×44 px targets whose names screen readers say and
 * a tooltip shows. Plain links only: no script, no tracking, nothing loaded
 * from the services.
 */
export async function ShareLinks({ locale, share }: Props) {
  const t = await getTranslations({ locale, namespace: 'Share' });
  const items = [
    { key: 'link', href: share.url, label: t('link'), rel: 'bookmark' },
    ...shareTargets.map((target) => ({ key: target, href: shareUrl(target, share), label: t(target), rel: 'noopener noreferrer nofollow' })),
  ] as const;
  return (
    <section className="share" aria-labelledby="share-heading">
      <h2 id="share-heading">{t('heading')}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <a href={item.href} rel={item.rel} data-share={item.key} title={item.label}>
              <ShareIcon name={item.key} />
              <span className="visually-hidden">{item.label}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
