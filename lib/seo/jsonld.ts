import type {
  BlogPosting,
  BreadcrumbList,
  CorrectionComment,
  CreativeWork,
  ImageObject,
  LiveBlogPosting,
  NewsArticle,
  NewsMediaOrganization,
  Organization,
  Person,
  WebPage,
  WebSite,
  WithContext,
} from 'schema-dts';
import { locales, type Locale } from '@/i18n/locales';
import { paths } from '@/lib/routing/paths';
import type { SiteInfo } from '@/lib/site/identity';
import { absoluteUrl } from '@/lib/site/url';

/**
 * JSON-LD for search engines, typed with schema-dts. Builders are pure: the
 * page passes what it looked up, they return plain objects, and
 * `serializeJsonLd` turns them into text that is safe inside <script>.
 */

export type ArticleInput = {
  locale: Locale;
  slug: string;
  title: string;
  summary: string;
  /** YYYY-MM-DD, or the full instant when the editor gave a time. */
  datePublished: string;
  /** The same; the publication date when never updated or corrected. */
  dateModified: string;
  topics: { id: string; label: string }[];
  /** Publisher, headline, date (for machines) and address of each report. */
  sources: { name: string; title?: string; date?: string; url?: string }[];
  /** Who signs it, with their page on the site; none: the site itself. */
  authors?: { kind: 'person' | 'organization'; name: string; path: string }[];
  /** Corrections, with their date for machines. */
  corrections?: { date: string; text: string }[];
  /** A lead image of the briefing, if it has one. */
  image?: { src: string; alt: string };
  /** Site-relative URL of the briefing's share card (lib/og), if any. */
  shareImage?: string | null;
  /** Site-relative URLs of its share images in every shape (16:9, 4:3, 1:1), instead of `shareImage`. */
  shareImages?: string[];
  /** The same briefing in other languages (visible ones only). */
  twins: { locale: Locale; title: string }[];
};

const articleId = (base: string, locale: Locale, slug: string) => `${absoluteUrl(paths.briefing(locale, slug), base)}#article`;
export const organizationId = (base: string) => `${base}/#organization`;

export function organization(site: SiteInfo): NewsMediaOrganization {
  const logo: ImageObject = {
    '@type': 'ImageObject',
    url: absoluteUrl(site.logo.path, site.base),
    width: { '@type': 'QuantitativeValue', value: site.logo.width, unitCode: 'E37' },
    height: { '@type': 'QuantitativeValue', value: site.logo.height, unitCode: 'E37' },
  };
  const policy = (path: string | undefined) => (path ? absoluteUrl(path, site.base) : undefined);
  return {
    '@type': 'NewsMediaOrganization',
    '@id': organizationId(site.base),
    name: site.name,
    alternateName: site.alternateNames,
    url: `${site.base}/`,
    logo,
    ...(site.policies?.publishingPrinciples ? { publishingPrinciples: policy(site.policies.publishingPrinciples) } : {}),
    ...(site.policies?.correctionsPolicy ? { correctionsPolicy: policy(site.policies.correctionsPolicy) } : {}),
    ...(site.policies?.ethicsPolicy ? { ethicsPolicy: policy(site.policies.ethicsPolicy) } : {}),
  };
}

/** A byline as schema.org has it: a Person, or an Organization for a desk, with its page. */
export function authorNode(a: { kind: 'person' | 'organization'; name: string; path: string }, base: string): Person | Organization {
  return { '@type': a.kind === 'person' ? 'Person' : 'Organization', name: a.name, url: absoluteUrl(a.path, base) };
}

/** A source as a citable work: its headline (or publisher), publisher, date and address when given. */
export function sourceWork(s: ArticleInput['sources'][number]): CreativeWork {
  return {
    '@type': 'CreativeWork',
    name: s.title ?? s.name,
    ...(s.title ? { headline: s.title } : {}),
    publisher: { '@type': 'Organization', name: s.name },
    ...(s.date ? { datePublished: s.date } : {}),
    ...(s.url ? { url: s.url } : {}),
  };
}

/** A site page (about, standards, corrections policy) with its publisher. */
export function sitePageLd(p: { locale: Locale; path: string; title: string; summary: string; dateModified?: string }, site: SiteInfo): WithContext<WebPage> {
  const url = absoluteUrl(p.path, site.base);
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': `${url}#page`,
    url,
    name: p.title,
    description: p.summary,
    inLanguage: p.locale,
    ...(p.dateModified ? { dateModified: p.dateModified } : {}),
    publisher: organization(site),
  };
}

/**
 * A briefing. Of a briefing's language versions, the one in the first
 * language of the locale table (Arabic: the newsroom works in it) is taken
 * as the original: it lists the others as `workTranslation`, and each other
 * version names it as `translationOfWork`.
 */
export function newsArticle(a: ArticleInput, site: SiteInfo): WithContext<NewsArticle> {
  return { '@context': 'https://schema.org', '@type': 'NewsArticle', ...articleProps(a, site) };
}

/** What a live briefing adds to an article: its coverage and its updates, newest first. */
export type LiveInput = {
  /** Instants with their offset (machineDate). */
  coverageStart: string;
  coverageEnd?: string;
  /** Each update, with the site-relative address of its anchor. */
  updates: { id: string; time: string; text: string; path: string }[];
};

/**
 * A live briefing: a LiveBlogPosting (a BlogPosting, which Google reads as
 * an article) with the coverage's start and end, and each update a
 * BlogPosting of its own with its anchor as @id and url.
 */
export function liveBlogPosting(a: ArticleInput, live: LiveInput, site: SiteInfo): WithContext<LiveBlogPosting> {
  const updates: BlogPosting[] = live.updates.map((u) => {
    const url = absoluteUrl(u.path, site.base);
    return {
      '@type': 'BlogPosting',
      '@id': url,
      url,
      headline: headlineOf(u.text),
      articleBody: u.text,
      datePublished: u.time,
      inLanguage: a.locale,
    };
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'LiveBlogPosting',
    ...articleProps(a, site),
    coverageStartTime: live.coverageStart,
    ...(live.coverageEnd ? { coverageEndTime: live.coverageEnd } : {}),
    liveBlogUpdate: updates,
  };
}

/** Google shows at most 110 characters of a headline: an update's first words. */
const headlineOf = (text: string) => (text.length <= 110 ? text : `${text.slice(0, 109).replace(/\s+\S*$/, '')}…`);

/** The properties every article of the site has, whatever its type. */
function articleProps(a: ArticleInput, site: SiteInfo) {
  const url = absoluteUrl(paths.briefing(a.locale, a.slug), site.base);
  const versions = [a.locale, ...a.twins.map((t) => t.locale)];
  const original = locales.find((l) => versions.includes(l))!;
  const ref = (t: { locale: Locale; title: string }): CreativeWork => ({
    '@type': 'NewsArticle',
    '@id': articleId(site.base, t.locale, a.slug),
    url: absoluteUrl(paths.briefing(t.locale, a.slug), site.base),
    headline: t.title,
    inLanguage: t.locale,
  });
  const sources: CreativeWork[] = a.sources.map(sourceWork);
  const corrections: CorrectionComment[] = (a.corrections ?? []).map((c) => ({ '@type': 'CorrectionComment', text: c.text, datePublished: c.date }));
  const images = [
    ...(a.image ? [absoluteUrl(a.image.src, site.base)] : []),
    ...(a.shareImage ? [absoluteUrl(a.shareImage, site.base)] : []),
    ...(a.shareImages ?? []).map((path) => absoluteUrl(path, site.base)),
  ];
  const org = organization(site);
  const twinsToList = original === a.locale ? a.twins : [];
  const originalTwin = a.twins.find((t) => t.locale === original);

  return {
    '@id': articleId(site.base, a.locale, a.slug),
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    headline: a.title,
    description: a.summary,
    datePublished: a.datePublished,
    dateModified: a.dateModified,
    inLanguage: a.locale,
    image: images,
    keywords: a.topics.map((t) => t.label),
    articleSection: a.topics[0]?.label,
    author: a.authors?.length ? a.authors.map((x) => authorNode(x, site.base)) : org,
    publisher: org,
    isBasedOn: sources,
    citation: sources,
    ...(corrections.length ? { correction: corrections } : {}),
    isAccessibleForFree: true,
    ...(twinsToList.length ? { workTranslation: twinsToList.map(ref) } : {}),
    ...(originalTwin ? { translationOfWork: ref(originalTwin) } : {}),
  };
}

/** The site, on each home page. */
export function webSite(locale: Locale, site: SiteInfo): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': `${absoluteUrl(paths.home(locale), site.base)}#website`,
    url: absoluteUrl(paths.home(locale), site.base),
    name: site.name,
    alternateName: site.alternateNames,
    inLanguage: locale,
    publisher: organization(site),
  };
}

/** A trail of pages, the current one last. */
export function breadcrumbs(trail: { name: string; path: string }[], base: string): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path, base),
    })),
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. The HTML parser
 * ends a script at the first `</script`, whatever the JSON means, so a
 * headline such as `</script><script>alert(1)</script>` would close the
 * element and run. Escaping `<`, `>` and `&` as \u003c… keeps the same JSON
 * value with no markup characters in it; U+2028/U+2029 are escaped for old
 * JavaScript parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
