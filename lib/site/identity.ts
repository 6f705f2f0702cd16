import { getTranslations } from 'next-intl/server';
import { locales, type Locale } from '@/i18n/locales';
import { paths } from '@/lib/routing/paths';
import type { SiteInfo } from '../seo/jsonld';
import { siteUrl } from './url';

/** public/logo.png: the publisher logo of JSON-LD and the feeds' image. */
export const LOGO = { path: paths.logo(), width: 512, height: 512 } as const;

/** The site's name in every language, the page's own first. */
export async function siteNames(locale: Locale): Promise<{ name: string; alternateNames: string[] }> {
  const names = await Promise.all(
    locales.map(async (l) => [l, (await getTranslations({ locale: l, namespace: 'Site' }))('name')] as const),
  );
  return {
    name: names.find(([l]) => l === locale)![1],
    alternateNames: names.filter(([l]) => l !== locale).map(([, n]) => n),
  };
}

export async function siteInfo(locale: Locale): Promise<SiteInfo> {
  return { base: siteUrl(), ...(await siteNames(locale)), logo: LOGO };
}
