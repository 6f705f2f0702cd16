import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { feedMediaTypes } from '@/lib/feeds/feeds';
import { feedFormats, paths } from '@/lib/routing/paths';

type Props = { locale: Locale };

/** Visible links to the feed of editions in every format. */
export async function DigestFeedLinks({ locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'Digest' });
  const feeds = await getTranslations({ locale, namespace: 'Feeds' });
  return (
    <p className="feed-links">
      <span>{t('feedsIntro')}</span>{' '}
      {feedFormats.map((format, i) => (
        <span key={format}>
          {i > 0 && ' · '}
          <a href={paths.digestFeed(locale, format)} type={feedMediaTypes[format]} dir="ltr">
            {feeds(format)}
          </a>
        </span>
      ))}
    </p>
  );
}
