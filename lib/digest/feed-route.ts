import { getTranslations } from 'next-intl/server';
import { isLocale, locales } from '@/i18n/locales';
import { feedMediaTypes, renderFeed } from '@/lib/feeds/feeds';
import type { FeedFormat } from '@/lib/routing/paths';
import { LOGO } from '@/lib/site/identity';
import { absoluteUrl, siteUrl } from '@/lib/site/url';
import { editionFeedInput, EDITION_FEED_LIMIT } from './feed';
import { getEdition, getEditionDays, type EditionView } from './index';

type Context = { params: Promise<{ locale: string }> };

/** The static params and GET handler of a feed of editions (app/[locale]/digest/{feed.xml,atom.xml,feed.json}). */
export function editionFeedRoute(format: FeedFormat) {
  return {
    generateStaticParams: () => locales.map((locale) => ({ locale })),
    GET: async (_request: Request, { params }: Context): Promise<Response> => {
      const { locale } = await params;
      if (!isLocale(locale)) return new Response('Not found', { status: 404 });
      const base = siteUrl();
      const t = await getTranslations({ locale, namespace: 'Digest' });
      const siteT = await getTranslations({ locale, namespace: 'Site' });
      const editions = getEditionDays(locale)
        .slice(0, EDITION_FEED_LIMIT)
        .map((day) => getEdition(locale, day, base))
        .filter((e): e is EditionView => e !== null);
      const input = editionFeedInput(locale, editions, { t: (k, v) => t(k as never, v as never), site: siteT('name'), tagline: siteT('tagline'), logoUrl: absoluteUrl(LOGO.path, base) }, base);
      return new Response(renderFeed(input, format), { headers: { 'content-type': `${feedMediaTypes[format]}; charset=utf-8` } });
    },
  };
}
