import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { feedFormats, paths, type FeedScope } from '@/lib/routing/paths';
import { feedMediaTypes } from '@/lib/feeds/feeds';

type Props = {
  locale: Locale;
  scope: FeedScope;
  intro: string;
};

/** Visible links to a feed in every format, for readers who subscribe by hand. */
export async function FeedLinks({ locale, scope, intro }: Props) {
  const t = await getTranslations({ locale, namespace: 'Feeds' });
  return (
    <p className="feed-links">
      <span>{intro}</span>{' '}
      {feedFormats.map((format, i) => (
        <span key={format}>
          {i > 0 && ' · '}
          <a href={paths.feed(scope, format)} type={feedMediaTypes[format]} dir="ltr">
            {t(format)}
          </a>
        </span>
      ))}
    </p>
  );
}
