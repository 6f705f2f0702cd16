import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { feedFormats, type FeedFormat } from '@/lib/routing/paths';
import { feedMediaTypes } from '@/lib/feeds/feeds';

type Props = {
  locale: Locale;
  intro: string;
  /** The feed's URL in a format: `paths.feed(scope, format)`, `paths.digestFeed(locale, format)`. */
  hrefOf: (format: FeedFormat) => string;
};

/** Visible links to a feed in every format, for readers who subscribe by hand. */
export async function FeedLinks({ locale, intro, hrefOf }: Props) {
  const t = await getTranslations({ locale, namespace: 'Feeds' });
  return (
    <p className="feed-links">
      <span>{intro}</span>{' '}
      {feedFormats.map((format, i) => (
        <span key={format}>
          {i > 0 && ' · '}
          <a href={hrefOf(format)} type={feedMediaTypes[format]} dir="ltr">
            {t(format)}
          </a>
        </span>
      ))}
    </p>
  );
}
