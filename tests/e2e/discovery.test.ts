import { beforeAll, describe, expect, inject, it } from 'vitest';
import { localeInfo, locales } from '../../i18n/locales';
import { siteUrl } from '../../lib/site/url';
import { readHead } from '../support/html-head';
import { checkAdvertisedFeeds, checkFeeds, checkNewsArticle, checkPages, crawlSite, prerenderedPages, type Crawl, type ParsedFeed } from '../support/site-checks';
import { CORRECTED, DESK, LEAD, NEWSROOM_PAGES, PUBLISHED_COUNT, TAIL, TOPIC, publishedSlugs as published } from '../support/fixture-site';

/**
 * Search engines and feed readers, on the production build of the fixture
 * site (tests/e2e/global-setup.ts builds it and starts `next start`).
 */
const baseURL = inject('baseURL');
// The build writes absolute URLs for the site URL of its environment,
// which is this process's environment too.
const site = siteUrl();
const LEAD_SLUG = LEAD.slug;
/** Every briefing beyond the newest one of each language, which the test build prerenders. */
const LONG_TAIL = (locale: string) => published(locale).filter((slug) => slug !== LEAD_SLUG);

let crawl: Crawl;
let built: ReturnType<typeof prerenderedPages>;
let feeds: ParsedFeed[];

beforeAll(async () => {
  crawl = await crawlSite(baseURL, site);
  built = prerenderedPages(inject('siteDir'));
  // The site's feeds (of a language, of a topic): each item a briefing of the
  // sitemap. A live briefing's own feed lists its updates, by their anchors
  // on the pages of updates: tests/e2e/live-briefings.test.ts checks it.
  feeds = await checkFeeds(
    crawl,
    built.files.filter((f) => /\/(feed\.xml|atom\.xml|feed\.json)$/.test(f) && !f.includes('/briefings/')),
  );
});

describe('the sitemap', () => {
  it('lists the HTML pages the build prerendered and the long tail of briefings, each answering 200', () => {
    const listed = crawl.sitemap.map((e) => e.loc.slice(site.length)).sort();
    const longTail = listed.filter((p) => !built.pages.includes(p));
    expect(listed).toEqual(expect.arrayContaining(built.pages));
    // Only the newest briefing of each language is prerendered in the tests,
    // and list pages past the first are rendered on demand.
    const briefings = longTail.filter((p) => p.includes('/briefings/'));
    expect(briefings.sort()).toEqual(locales.flatMap((l) => LONG_TAIL(l).map((slug) => `/${l}/briefings/${slug}`)).sort());
    expect(briefings.length).toBe(PUBLISHED_COUNT.ar + PUBLISHED_COUNT.en - 2);
    // Daily Brief editions: the newest day's is prerendered, every older one renders on demand.
    const editions = longTail.filter((p) => p.includes('/digest/'));
    for (const l of locales) expect(built.pages).toContain(`/${l}/digest/${LEAD.date}`);
    expect(editions.length).toBeGreaterThan(locales.length);
    for (const p of editions) expect(p).toMatch(/^\/[a-z]{2}\/digest\/\d{4}-\d{2}-\d{2}$/);
    expect(longTail.filter((p) => !p.includes('/briefings/') && !p.includes('/digest/')).sort()).toEqual(locales.flatMap((l) => [`/${l}/archive/2`, `/${l}/topics/trade/2`]).sort());
    expect(listed).toContain(`/ar/briefings/${LEAD_SLUG}`);
    expect(listed).toContain('/en/topics');
  });

  it('was prerendered, like the feeds and robots.txt', () => {
    expect(built.files).toEqual(expect.arrayContaining(['/sitemap.xml', '/robots.txt', ...locales.flatMap((l) => [`/${l}/feed.xml`, `/${l}/atom.xml`, `/${l}/feed.json`])]));
  });

  it('gives each briefing its twin as xhtml:link, itself and x-default included', () => {
    const entry = crawl.sitemap.find((e) => e.loc === `${site}/en/briefings/${LEAD_SLUG}`)!;
    expect(entry.lastmod).toBe(LEAD.date);
    expect(entry.alternates).toEqual({
      ar: `${site}/ar/briefings/${LEAD_SLUG}`,
      en: `${site}/en/briefings/${LEAD_SLUG}`,
      'x-default': `${site}/ar/briefings/${LEAD_SLUG}`,
    });
  });
});

describe('every page of the site', () => {
  it('has a canonical URL, reciprocal hreflang, Open Graph, Twitter card, feed links and valid JSON-LD', () => {
    checkPages(crawl);
    checkAdvertisedFeeds(crawl, built.files);
  });

  it('has a title with the site name, except the home page which is the name', () => {
    for (const locale of locales) {
      const home = crawl.pages.get(`${site}/${locale}`)!;
      const name = home.head.meta['og:site_name']![0]!;
      expect(home.head.title).toContain(name);
      const briefing = crawl.pages.get(`${site}/${locale}/briefings/${LEAD_SLUG}`)!;
      expect(briefing.head.title).toBe(`${briefing.head.meta['og:title']![0]} · ${name}`);
    }
  });
});

describe('the lead fixture briefing', () => {
  it.each(locales)('in %s has NewsArticle JSON-LD naming its twin, and a BreadcrumbList', (locale) => {
    const page = crawl.pages.get(`${site}/${locale}/briefings/${LEAD_SLUG}`)!;
    const article = checkNewsArticle(page);
    expect(article.headline).toBe(page.head.meta['og:title']![0]);
    // The same prerendered share card as og:image (tests/e2e/share-images.test.ts fetches it).
    expect(article.image[0]).toBe(page.head.meta['og:image']![0]);
    expect(article.image[0]).toMatch(new RegExp(`^${site}/${locale}/briefings/${LEAD_SLUG}/share-image/[0-9a-f]{12}\\.png$`));
    const crumbs = page.head.jsonLd.find((ld) => ld['@type'] === 'BreadcrumbList')!;
    expect(crumbs.itemListElement.at(-1).item).toBe(page.url);
  });

  it.each(locales)('in %s has article Open Graph tags', (locale) => {
    const { meta } = crawl.pages.get(`${site}/${locale}/briefings/${LEAD_SLUG}`)!.head;
    expect(meta['og:type']).toEqual(['article']);
    expect(meta['article:published_time']).toEqual([LEAD.date]);
    expect(meta['article:modified_time']).toEqual([LEAD.date]);
    expect(meta['article:section']![0]).toBeTruthy();
    expect(meta['article:tag']!.length).toBe(LEAD.topics.length);
  });

  it('shows a reading time, longer per word in Arabic', () => {
    const time = (locale: string) => {
      const html = crawl.pages.get(`${site}/${locale}/briefings/${LEAD_SLUG}`)!.html;
      const m = /class="reading-time" data-words="(\d+)" data-minutes="(\d+)"/.exec(html)!;
      return { words: Number(m[1]), minutes: Number(m[2]) };
    };
    for (const locale of locales) {
      const { words, minutes } = time(locale);
      expect(words).toBeGreaterThan(300);
      expect(minutes).toBe(Math.ceil(words / localeInfo(locale).wordsPerMinute));
    }
  });

  it('links to the one next to it in time, once (not again as "related"), and shares by plain links', () => {
    const html = crawl.pages.get(`${site}/en/briefings/${LEAD_SLUG}`)!.html;
    expect(html).toContain(`class="neighbour neighbour-older" href="/en/briefings/${TAIL.slug}"`);
    // Its only related briefing is that older one: no "Related" list repeating it.
    expect(html).not.toContain('<section class="related"');
    for (const service of ['https://x.com/intent/post?', 'https://wa.me/?', 'https://t.me/share/url?', 'mailto:?']) {
      expect(html).toContain(`href="${service}`);
    }
    // No third-party script anywhere.
    for (const src of html.matchAll(/<script[^>]+src="([^"]+)"/g)) expect(src[1]).toMatch(/^\/_next\//);
  });
});

describe('the feeds', () => {
  it('of each language, in RSS, Atom and JSON Feed, contain the lead briefing with its full text', () => {
    for (const locale of locales) {
      for (const format of ['rss', 'atom', 'json'] as const) {
        const feed = feeds.find((f) => f.locale === locale && f.format === format && !f.path.includes('/topics/') && !f.path.includes('/digest/'))!;
        const item = feed.items.find((i) => i.link === `${site}/${locale}/briefings/${LEAD_SLUG}`);
        expect(item, `${feed.path} has the lead briefing`).toBeDefined();
        // Latin inside Arabic stays isolated, as on the page.
        expect(item!.content).toContain(locale === 'ar' ? `<bdi>${LEAD.latinName}</bdi>` : LEAD.latinName);
        expect(item!.content).toMatch(/<h2>(What to know|ما يجب معرفته)<\/h2>/);
      }
    }
  });

  it('of each topic contain the briefings of that topic', () => {
    const topicFeeds = feeds.filter((f) => f.path.includes('/topics/'));
    expect(topicFeeds.length).toBeGreaterThan(0);
    const semis = topicFeeds.filter((f) => f.path.includes(`/topics/${TOPIC}/`));
    expect(semis).toHaveLength(locales.length * 3);
    for (const feed of semis) expect(feed.items.map((i) => i.link)).toContain(`${site}/${feed.locale}/briefings/${LEAD_SLUG}`);
  });
});

describe('the 404 document', () => {
  it.each(locales)('in %s is noindex and claims no URL and no twin', async (locale) => {
    const res = await fetch(`${baseURL}/${locale}/no-such-page`);
    expect(res.status).toBe(404);
    const head = readHead(await res.text());
    expect(head.lang).toBe(locale);
    expect(head.meta.robots).toEqual(['noindex, follow']);
    expect(head.canonical).toBeNull();
    expect(head.hreflang).toEqual({});
    expect(head.meta['og:url']).toBeUndefined();
  });
});

describe('the newsroom pages', () => {
  it.each(locales)('in %s: about, standards and corrections policy exist, are in the footer, and the organization points at them', (locale) => {
    for (const slug of NEWSROOM_PAGES) {
      const page = crawl.pages.get(`${site}/${locale}/pages/${slug}`);
      expect(page, `${locale}/${slug}`).toBeDefined();
      expect(Object.keys(page!.head.hreflang).sort()).toEqual([...locales, 'x-default'].sort());
      expect(page!.html).toContain(`<footer`);
      expect(page!.html).toMatch(new RegExp(`class="newsroom-links"[\\s\\S]*href="/${locale}/pages/${slug}"`));
    }
    const article = checkNewsArticle(crawl.pages.get(`${site}/${locale}/briefings/${LEAD_SLUG}`)!);
    expect(article.publisher.publishingPrinciples).toBe(`${site}/${locale}/pages/standards`);
    expect(article.publisher.ethicsPolicy).toBe(`${site}/${locale}/pages/standards`);
    expect(article.publisher.correctionsPolicy).toBe(`${site}/${locale}/pages/corrections-policy`);
    expect(article.author).toEqual([{ '@type': 'Organization', name: locale === 'ar' ? 'فريق موجز' : 'Mawjaz desk', url: `${site}/${locale}/authors/${DESK}` }]);
    // The lead names the report by its day only: no headline or address is made up for it.
    expect(article.isBasedOn).toEqual([{ '@type': 'CreativeWork', name: LEAD.source[locale], publisher: { '@type': 'Organization', name: LEAD.source[locale] }, datePublished: LEAD.date }]);
  });

  it.each(locales)('in %s: the desk’s page lists its briefings, and the corrections page lists the corrected one', (locale) => {
    const desk = crawl.pages.get(`${site}/${locale}/authors/${DESK}`)!;
    expect(desk.html).toContain(`href="/${locale}/briefings/${LEAD_SLUG}"`);
    const corrections = crawl.pages.get(`${site}/${locale}/corrections`)!;
    expect(corrections.html).toContain('class="correction-log"');
    expect(corrections.html).toContain(`href="/${locale}/briefings/${CORRECTED.slug}"`);
    expect(corrections.html).toContain(CORRECTED.text[locale]);
  });
});

describe('the Google News sitemap', () => {
  it('is prerendered, listed in robots.txt, and valid (empty: the fixture briefings are older than 48 hours, or scheduled)', async () => {
    expect(built.files).toContain('/news-sitemap.xml');
    const robots = await (await fetch(`${baseURL}/robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${site}/news-sitemap.xml`);
    const res = await fetch(`${baseURL}/news-sitemap.xml`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const text = await res.text();
    expect(text).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">');
    expect(text).not.toContain('<url>');
  });
});
