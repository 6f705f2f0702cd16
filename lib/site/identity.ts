import { getTranslations } from 'next-intl/server';
import { locales, type Locale } from '@/i18n/locales';
import { getSitePage } from '@/lib/content';
import { paths } from '@/lib/routing/paths';
import { siteUrl } from './url';

/**
 * Who the site is, in one place: its name in every language (from the
 * `Site.name` message of each messages/ file), its logo, its brand colours
 * and its public origin (./url.ts). The layout, JSON-LD, feeds and share
 * images all read it here.
 */

/** What every JSON-LD builder and feed needs to know about the site. */
export type SiteInfo = {
  /** Absolute origin, no trailing slash. */
  base: string;
  /** The site's name in the page's language, and in the others. */
  name: string;
  alternateNames: string[];
  logo: { path: string; width: number; height: number };
  /** Site paths of the pages that state the newsroom's policies, where they exist. */
  policies?: { publishingPrinciples?: string; correctionsPolicy?: string; ethicsPolicy?: string };
};

/**
 * Which site page (content/pages/<locale>/<slug>.mdx) states which policy,
 * for NewsMediaOrganization's publishingPrinciples, correctionsPolicy and
 * ethicsPolicy.
 */
export const POLICY_PAGES = {
  publishingPrinciples: 'standards',
  ethicsPolicy: 'standards',
  correctionsPolicy: 'corrections-policy',
} as const;

/** public/logo.png (scripts/render-logo.ts draws it): the publisher logo of JSON-LD and the feeds' image. */
export const LOGO = { path: paths.logo(), width: 512, height: 512 } as const;

/** The brand colours: share cards, the logo and the web manifest use them. */
export const brandColours = {
  /** The logo's ground. */
  brand: '#0b6e4f',
  /** Share cards: a dark ground, light title, an amber accent. */
  night: '#0d1b2e',
  paper: '#f6f2ea',
  muted: '#a9b4c4',
  accent: '#e3a83b',
  rule: '#2a3a52',
} as const;

/** The site's name in every language of the locale table, e.g. `{ ar: 'موجز', en: 'Mawjaz' }`. */
export async function siteNameTable(): Promise<Record<Locale, string>> {
  const names = await Promise.all(locales.map(async (l) => [l, (await getTranslations({ locale: l, namespace: 'Site' }))('name')] as const));
  return Object.fromEntries(names) as Record<Locale, string>;
}

/** The site's name in every language, the page's own first. */
export async function siteNames(locale: Locale): Promise<{ name: string; alternateNames: string[] }> {
  const table = await siteNameTable();
  return { name: table[locale], alternateNames: locales.filter((l) => l !== locale).map((l) => table[l]) };
}

export async function siteInfo(locale: Locale): Promise<SiteInfo> {
  const policies = Object.fromEntries(
    Object.entries(POLICY_PAGES)
      .filter(([, slug]) => getSitePage(locale, slug) !== null)
      .map(([key, slug]) => [key, paths.sitePage(locale, slug)]),
  );
  return { base: siteUrl(), ...(await siteNames(locale)), logo: LOGO, policies };
}
