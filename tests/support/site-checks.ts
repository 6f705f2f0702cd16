import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { expect } from 'vitest';
import { isLocale, localeInfo, locales, type Locale } from '../../i18n/locales';
import { readHead, type PageHead } from './html-head';

/**
 * Checks a production build the way crawlers and feed readers see it, from
 * the outside: the sitemap, every page it lists, their hreflang sets, and
 * every feed. Used on the real site and on a synthetic corpus.
 */

export type SitemapEntry = { loc: string; lastmod: string | null; alternates: Record<string, string> };
export type CrawledPage = { url: string; head: PageHead; html: string };
export type Crawl = {
  /** The absolute origin the build writes (NEXT_PUBLIC_SITE_URL). */
  site: string;
  baseURL: string;
  sitemap: SitemapEntry[];
  pages: Map<string, CrawledPage>;
};

const ALWAYS_LISTS = new Set([
  'urlset.url',
  'urlset.url.xhtml:link',
  'rss.channel.item',
  'rss.channel.item.category',
  'rss.channel.atom:link',
  'feed.entry',
  'feed.entry.category',
  'feed.entry.link',
  'feed.link',
]);
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (_name, jpath) => ALWAYS_LISTS.has(String(jpath)) });

/** The server's URL for one of the site's absolute URLs. */
export function local(crawl: Pick<Crawl, 'site' | 'baseURL'>, url: string): string {
  expect(url.startsWith(`${crawl.site}/`) || url === crawl.site, `${url} is not under ${crawl.site}`).toBe(true);
  return `${crawl.baseURL}${url.slice(crawl.site.length)}`;
}

async function inBatches<T, R>(items: T[], size: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return out;
}

/** robots.txt → sitemap.xml → every URL in it, each fetched and read. */
export async function crawlSite(baseURL: string, site: string): Promise<Crawl> {
  const robots = await fetch(`${baseURL}/robots.txt`);
  expect(robots.status).toBe(200);
  expect(await robots.text()).toContain(`Sitemap: ${site}/sitemap.xml`);

  const res = await fetch(`${baseURL}/sitemap.xml`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/xml/);
  const text = await res.text();
  expect(XMLValidator.validate(text), 'sitemap.xml is well-formed XML').toBe(true);
  const doc = xml.parse(text);
  expect(doc.urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  expect(doc.urlset['@xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml');
  const sitemap: SitemapEntry[] = (doc.urlset.url as any[]).map((u) => ({
    loc: u.loc,
    lastmod: u.lastmod ?? null,
    alternates: Object.fromEntries(((u['xhtml:link'] ?? []) as any[]).map((l) => [l['@hreflang'], l['@href']])),
  }));
  const locs = sitemap.map((e) => e.loc);
  expect(new Set(locs).size, 'no URL twice in the sitemap').toBe(locs.length);

  const crawl: Crawl = { site, baseURL, sitemap, pages: new Map() };
  await inBatches(locs, 8, async (url) => {
    const page = await fetch(local(crawl, url), { redirect: 'manual' });
    expect(page.status, url).toBe(200);
    expect(page.headers.get('content-type'), url).toMatch(/^text\/html/);
    // No hreflang Link header (next-intl's would claim twins that do not exist).
    expect(page.headers.get('link') ?? '', url).not.toMatch(/hreflang/i);
    const html = await page.text();
    crawl.pages.set(url, { url, html, head: readHead(html) });
  });
  return crawl;
}

/** The HTML pages a build prerendered (not feeds, the sitemap, robots.txt or the 404 document). */
export function prerenderedPages(projectDir: string): { pages: string[]; files: string[] } {
  const manifest = JSON.parse(readFileSync(join(projectDir, '.next', 'prerender-manifest.json'), 'utf8'));
  const routes = Object.keys(manifest.routes);
  // A route handler's output (feeds, images, the Daily Brief's text served at /{locale}/digest/{day}.txt) is a file, not a page.
  const isFile = (r: string) => manifest.routes[r].routeType === 'route' || /\.[a-z]+$/.test(r.split('/').pop()!);
  return {
    // Lite twins (`/lite-ar/…`, lib/routing/lite.ts) are an internal spelling: readers ask for `/lite/ar/…`, and no sitemap lists them.
    pages: routes.filter((r) => !isFile(r) && !r.startsWith('/_') && !r.startsWith('/lite-') && !r.endsWith('/not-found-view')).sort(),
    files: routes.filter(isFile).sort(),
  };
}

/** Every sitemap entry and page: lastmod, canonical, hreflang both ways, Open Graph, feeds, JSON-LD. */
export function checkPages(crawl: Crawl): void {
  const bySitemap = new Map(crawl.sitemap.map((e) => [e.loc, e]));
  for (const entry of crawl.sitemap) {
    const { head } = crawl.pages.get(entry.loc)!;
    const where = entry.loc;
    // A day, or the full instant when an editor gave a time.
    if (entry.lastmod !== null) expect(entry.lastmod, where).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2}))?$/);

    // The page claims its own URL, and its hreflang set is the sitemap's.
    expect(head.canonical, where).toBe(entry.loc);
    expect(head.hreflang, where).toEqual(entry.alternates);
    expect(isLocale(head.lang), where).toBe(true);
    const lang = head.lang as Locale;
    expect(head.dir, where).toBe(localeInfo(lang).dir);

    const languages = Object.keys(head.hreflang).filter((k) => k !== 'x-default');
    if (languages.length > 0) {
      expect(languages.length, `${where}: an hreflang set of one`).toBeGreaterThan(1);
      expect(head.hreflang[lang], `${where} lists itself`).toBe(entry.loc);
      expect(
        languages.map((l) => head.hreflang[l]),
        `${where}: x-default is one of the set`,
      ).toContain(head.hreflang['x-default']);
      for (const l of languages) expect(isLocale(l), `${where}: hreflang ${l}`).toBe(true);
    } else {
      expect(head.hreflang, `${where}: x-default alone`).toEqual({});
    }
    // Reciprocity: every alternate is a live page of the sitemap (so it
    // answered 200) that points back with exactly the same set.
    for (const [hl, href] of Object.entries(head.hreflang)) {
      const twin = crawl.pages.get(href);
      expect(twin, `${where} → ${hl} ${href} is not a page of the sitemap`).toBeDefined();
      expect(twin!.head.hreflang, `${href} does not point back to ${where}`).toEqual(head.hreflang);
      if (hl !== 'x-default') expect(twin!.head.lang, `${href} is in ${hl}`).toBe(hl);
    }

    // Open Graph and Twitter.
    const og = (k: string) => head.meta[k] ?? [];
    expect(og('og:url'), where).toEqual([entry.loc]);
    expect(og('og:locale'), where).toEqual([localeInfo(lang).ogLocale]);
    expect([...og('og:locale:alternate')].sort(), where).toEqual(
      languages
        .filter((l) => l !== lang)
        .map((l) => localeInfo(l as Locale).ogLocale)
        .sort(),
    );
    expect(og('og:title')[0], where).toBeTruthy();
    expect(og('og:description')[0], where).toBeTruthy();
    expect(og('og:site_name')[0], where).toBeTruthy();
    expect(og('description')[0], where).toBeTruthy();
    expect(og('twitter:card'), where).toEqual(['summary_large_image']);
    expect(og('robots').join(' '), where).not.toMatch(/noindex/);
    expect(head.title, where).toBeTruthy();

    // The language's feeds, in every format.
    expect(head.feeds['application/rss+xml'], where).toContain(`${crawl.site}/${lang}/feed.xml`);
    expect(head.feeds['application/atom+xml'], where).toContain(`${crawl.site}/${lang}/atom.xml`);
    expect(head.feeds['application/feed+json'], where).toContain(`${crawl.site}/${lang}/feed.json`);

    // JSON-LD: parses (readHead threw otherwise), nothing but data inside.
    for (const text of head.jsonLdText) expect(text, where).not.toMatch(/[<>]/);
    for (const ld of head.jsonLd) expect(ld['@context'], where).toBe('https://schema.org');
  }
  expect(bySitemap.size).toBe(crawl.pages.size);
}

/** The fields every NewsArticle must have; returns it. */
export function checkNewsArticle(page: CrawledPage): Record<string, any> {
  const article = page.head.jsonLd.find((ld) => ld['@type'] === 'NewsArticle');
  expect(article, `${page.url} has NewsArticle JSON-LD`).toBeDefined();
  const a = article!;
  expect(a.headline).toBeTruthy();
  expect(a.description).toBe(page.head.meta['og:description']?.[0]);
  expect(a.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2}))?$/);
  expect(Date.parse(a.dateModified) >= Date.parse(a.datePublished.slice(0, 10))).toBe(true);
  expect(a.inLanguage).toBe(page.head.lang);
  expect(a.url).toBe(page.url);
  expect(a.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': page.url });
  expect(a.publisher['@type']).toBe('NewsMediaOrganization');
  expect(a.publisher.name).toBeTruthy();
  expect(a.publisher.logo.url).toMatch(/^https?:\/\/.+\.png$/);
  // A byline: each author a Person or an Organization with its page; none: the site itself.
  for (const who of Array.isArray(a.author) ? a.author : [a.author]) {
    expect(who['@type']).toMatch(/^(Person|Organization|NewsMediaOrganization)$/);
    expect(who.name).toBeTruthy();
    expect(who.url).toMatch(/^https?:\/\//);
  }
  expect(Array.isArray(a.image) && a.image.length > 0).toBe(true);
  expect(a.keywords.length).toBeGreaterThan(0);
  expect(a.isBasedOn.length).toBeGreaterThan(0);
  // A source is checkable: an article address, or at least the report's date.
  for (const s of a.isBasedOn) {
    expect(s.publisher.name).toBeTruthy();
    if (s.url) expect(s.url).toMatch(/^https?:\/\/[^/]+\/./);
    else expect(s.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}/);
  }
  expect(a.citation).toEqual(a.isBasedOn);
  // Translations: exactly the page's hreflang twins.
  const twins = Object.entries(page.head.hreflang)
    .filter(([l]) => l !== 'x-default' && l !== page.head.lang)
    .map(([, href]) => href)
    .sort();
  const named = [...(a.workTranslation ?? []), ...(a.translationOfWork ? [a.translationOfWork] : [])].map((w: any) => w.url).sort();
  expect(named, `${page.url}: translationOfWork/workTranslation`).toEqual(twins);
  return a;
}

export type FeedItem = { link: string; title: string; content: string };
export type ParsedFeed = { path: string; locale: Locale; format: 'rss' | 'atom' | 'json'; items: FeedItem[] };

const parser = new Parser();

/** Every feed route of the build: parsed by a real feed parser, language, items and their fields. */
export async function checkFeeds(crawl: Crawl, feedRoutes: string[]): Promise<ParsedFeed[]> {
  const sitemapUrls = new Set(crawl.sitemap.map((e) => e.loc));
  return inBatches(feedRoutes, 6, async (path) => {
    const locale = path.split('/')[1] as Locale;
    expect(isLocale(locale), path).toBe(true);
    const { dir } = localeInfo(locale);
    const res = await fetch(`${crawl.baseURL}${path}`);
    expect(res.status, path).toBe(200);
    const text = await res.text();
    const format = path.endsWith('atom.xml') ? 'atom' : path.endsWith('.json') ? 'json' : 'rss';
    let items: FeedItem[];

    if (format === 'json') {
      expect(res.headers.get('content-type'), path).toBe('application/feed+json; charset=utf-8');
      const feed = JSON.parse(text);
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
      expect(feed.language).toBe(locale);
      expect(feed.feed_url).toBe(`${crawl.site}${path}`);
      expect(sitemapUrls.has(feed.home_page_url), path).toBe(true);
      for (const item of feed.items) {
        expect(item.id).toBe(item.url);
        expect(item.language).toBe(locale);
        expect(item.title && item.summary && item.content_html, path).toBeTruthy();
        expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        expect(item.date_modified >= item.date_published).toBe(true);
        expect(item.tags.length).toBeGreaterThan(0);
      }
      items = feed.items.map((i: any) => ({ link: i.url, title: i.title, content: i.content_html }));
    } else {
      expect(res.headers.get('content-type'), path).toBe(`application/${format === 'rss' ? 'rss' : 'atom'}+xml; charset=utf-8`);
      expect(XMLValidator.validate(text), `${path} is well-formed XML`).toBe(true);
      const feed = await parser.parseString(text);
      const doc = xml.parse(text);
      if (format === 'rss') {
        const channel = doc.rss.channel;
        expect(channel.language, path).toBe(locale);
        expect(channel['atom:link'][0]['@href']).toBe(`${crawl.site}${path}`);
        for (const [i, item] of ((channel.item ?? []) as any[]).entries()) {
          expect(item.guid['#text']).toBe(item.link);
          expect(item.pubDate).toMatch(/GMT$/);
          expect(item.description).toBeTruthy();
          expect(item['content:encoded']).toBeTruthy();
          expect(item.category.length).toBeGreaterThan(0);
          expect(feed.items[i]!.link).toBe(item.link);
        }
      } else {
        expect(doc.feed['@xml:lang'], path).toBe(locale);
        expect(doc.feed.link.find((l: any) => l['@rel'] === 'self')['@href']).toBe(`${crawl.site}${path}`);
        for (const entry of (doc.feed.entry ?? []) as any[]) {
          expect(entry.id).toBe(entry.link[0]['@href']);
          expect(entry.published).toMatch(/^\d{4}-\d{2}-\d{2}T/);
          expect(entry.updated >= entry.published).toBe(true);
          expect(entry.summary['#text']).toBeTruthy();
          expect(entry.category.length).toBeGreaterThan(0);
        }
      }
      items = feed.items.map((i) => ({ link: i.link!, title: i.title!, content: (i['content:encoded'] as string | undefined) ?? i.content ?? '' }));
    }
    for (const item of items) {
      // Each item leads to a live page of the sitemap, in the feed's language, with its direction.
      expect(sitemapUrls.has(item.link), `${path}: ${item.link}`).toBe(true);
      // A feed of Daily Brief editions links to editions; every other feed to briefings.
      expect(item.link.startsWith(`${crawl.site}/${locale}/${path.includes('/digest/') ? 'digest' : 'briefings'}/`), `${path}: ${item.link}`).toBe(true);
      expect(item.content.startsWith(`<div lang="${locale}" dir="${dir}">`), `${path}: content keeps lang and dir`).toBe(true);
    }
    return { path, locale, format, items };
  });
}

/** All feed routes a page of each kind advertises exist in the build. */
export function checkAdvertisedFeeds(crawl: Crawl, feedRoutes: string[]): void {
  const built = new Set(feedRoutes.map((r) => `${crawl.site}${r}`));
  for (const page of crawl.pages.values()) {
    for (const hrefs of Object.values(page.head.feeds)) for (const href of hrefs) expect(built.has(href), `${page.url} → ${href}`).toBe(true);
  }
}

export { locales };
