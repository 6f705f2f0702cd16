import { mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localeInfo } from '../../i18n/locales';
import { countWords } from '../../lib/format/reading-time';
import { launchChromium } from '../../scripts/support/chromium';
import { readHead } from '../support/html-head';
import { buildableCopy } from '../support/build-copy';
import { startNext } from '../support/start-next';
import { checkAdvertisedFeeds, checkFeeds, checkNewsArticle, checkPages, crawlSite, prerenderedPages, type Crawl, type ParsedFeed } from '../support/site-checks';
import { CORRECTED, EN_ONLY_TOPIC, HOSTILE_TITLE, IMAGE_SLUG, writeSyntheticCorpus, type SyntheticBriefing } from '../support/synthetic-corpus';

/**
 * The same checks as discovery.test.ts on a synthetic corpus built into a
 * copy of the project (its own `npm run build` and `next start`), with a
 * site URL set: pages of archive, briefings without a twin, a draft and a
 * scheduled twin, a one-language topic, and a hostile headline.
 */
const SITE = 'https://mawjaz.example';
/** Briefings per language the corpus build prerenders: list pages 2 and later of the archive render on demand. */
const PRERENDER_NEWEST = 5;
const TODAY = '2026-11-28';

let project: ReturnType<typeof buildableCopy>;
let server: Awaited<ReturnType<typeof startNext>>;
let corpus: SyntheticBriefing[];
let crawl: Crawl;
let feeds: ParsedFeed[];
let baseURL: string;

const get = (path: string) => fetch(`${baseURL}${path}`, { redirect: 'manual' });
const page = (path: string) => crawl.pages.get(`${SITE}${path}`);
const cards = (html: string) => [...html.matchAll(/<h[23] class="briefing-card-title"><a href="\/[a-z]{2}\/briefings\/([^"]+)"/g)].map((m) => m[1]!);
/** The published briefings of a language, newest first, slug breaking ties. */
const published = (locale: string) => corpus.filter((b) => b.locale === locale && !b.draft && b.date <= TODAY).sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));

beforeAll(async () => {
  project = buildableCopy();
  corpus = writeSyntheticCorpus(project.dir);
  const build = spawnSync('npm', ['run', 'build'], {
    cwd: project.dir,
    encoding: 'utf8',
    // Few enough prerendered that older briefings and later list pages
    // render on demand here too: the crawl below reaches them through the
    // proxy, and every check holds for them as for the built ones.
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_PUBLIC_SITE_URL: SITE, MAWJAZ_PRERENDER_NEWEST: String(PRERENDER_NEWEST) },
  });
  if (build.status !== 0) throw new Error(`build of the synthetic corpus failed:\n${build.stdout}\n${build.stderr}`);
  server = await startNext(project.dir);
  baseURL = server.baseURL;
  crawl = await crawlSite(baseURL, SITE);
  const built = prerenderedPages(project.dir);
  const listed = crawl.sitemap.map((e) => e.loc.slice(SITE.length)).sort();
  // The sitemap lists every page; the build prerendered some of them, and
  // the rest are exactly the on-demand ones.
  expect(built.pages.filter((p) => !listed.includes(p))).toEqual([]);
  const onDemand = listed.filter((p) => !built.pages.includes(p));
  expect(onDemand).toEqual(expect.arrayContaining(['/ar/archive/2', '/en/archive/2']));
  // Older Daily Brief editions render on demand too, like older briefings.
  expect(onDemand.filter((p) => !/\/(briefings\/[^/]+|archive\/\d+|topics\/[^/]+\/\d+|digest\/\d{4}-\d{2}-\d{2})$/.test(p))).toEqual([]);
  const feedRoutes = built.files.filter((f) => /\/(feed\.xml|atom\.xml|feed\.json)$/.test(f));
  feeds = await checkFeeds(crawl, feedRoutes);
  checkAdvertisedFeeds(crawl, feedRoutes);
}, 300_000);

afterAll(async () => {
  await server?.stop();
  project?.remove();
});

describe('a synthetic corpus, built with NEXT_PUBLIC_SITE_URL', () => {
  it('writes every absolute URL with the site URL, and passes the crawler checks', () => {
    expect(crawl.sitemap.length).toBeGreaterThan(50);
    checkPages(crawl);
  });

  it('lists only published briefings: no draft, no scheduled one, in pages, sitemap or feeds', async () => {
    const listed = new Set(crawl.sitemap.map((e) => e.loc));
    const items = new Set(feeds.flatMap((f) => f.items.map((i) => i.link)));
    for (const b of corpus) {
      const url = `${SITE}/${b.locale}/briefings/${b.slug}`;
      const visible = !b.draft && b.date <= TODAY;
      expect(listed.has(url), url).toBe(visible);
      if (!visible) {
        expect(items.has(url), url).toBe(false);
        expect((await get(`/${b.locale}/briefings/${b.slug}`)).status, url).toBe(404);
      }
    }
  });
});

describe('a briefing without a twin', () => {
  it.each([
    ['en', 'en-only-01', 'ar'],
    ['ar', 'ar-only-01', 'en'],
    ['ar', 'draft-twin', 'en'],
    ['en', 'scheduled-twin', 'ar'],
  ])('/%s/briefings/%s has no hreflang, no sitemap alternate and no translation in JSON-LD', (locale, slug, other) => {
    const p = page(`/${locale}/briefings/${slug}`)!;
    expect(p.head.hreflang).toEqual({});
    expect(p.head.meta['og:locale:alternate']).toBeUndefined();
    expect(crawl.sitemap.find((e) => e.loc === p.url)!.alternates).toEqual({});
    const article = checkNewsArticle(p);
    expect(article.translationOfWork).toBeUndefined();
    expect(article.workTranslation).toBeUndefined();
    // The switcher still offers the other language, as its home page.
    expect(p.html).toContain(`<a href="/${other}?hl=${other}" hrefLang="${other}"`);
    expect(p.html).toMatch(new RegExp(`hrefLang="${other}"[^>]*data-available="false"`));
  });
});

describe('the archive', () => {
  it.each(['ar', 'en'])('in %s pages every published briefing once, newest first, slug breaking ties', async (locale) => {
    const expected = published(locale).map((b) => b.slug);
    const pages = Math.ceil(expected.length / 10);
    expect(pages).toBeGreaterThan(1);
    const seen: string[] = [];
    for (let n = 1; n <= pages; n++) {
      const p = page(n === 1 ? `/${locale}` : `/${locale}/archive/${n}`)!;
      const slugs = cards(p.html);
      expect(slugs.length).toBe(n < pages ? 10 : expected.length - 10 * (pages - 1));
      seen.push(...slugs);
      if (n > 1) expect(p.html).toContain(`href="${n === 2 ? `/${locale}` : `/${locale}/archive/${n - 1}`}" rel="prev"`);
      if (n < pages) expect(p.html).toContain(`href="/${locale}/archive/${n + 1}" rel="next"`);
    }
    expect(seen).toEqual(expected);
    expect((await get(`/${locale}/archive/${pages + 1}`)).status).toBe(404);
  });

  it('has no page 1 (the home page is; it redirects there) and one spelling per page', async () => {
    expect((await get('/en/archive/1')).status).toBe(308);
    for (const path of ['/en/archive/02', '/en/archive/0', '/en/archive/x']) expect((await get(path)).status, path).toBe(404);
  });

  it('links pages that exist in both languages, and only those', () => {
    expect(Object.keys(page('/en/archive/2')!.head.hreflang).sort()).toEqual(['ar', 'en', 'x-default']);
    expect(page('/en/archive/3')!.head.hreflang).toEqual({});
  });
});

describe('topics', () => {
  it('paginate the same way and exist only where they have briefings', async () => {
    const china = published('en')
      .filter((b) => b.topics.includes('china'))
      .map((b) => b.slug);
    expect(china.length).toBeGreaterThan(10);
    expect([...cards(page('/en/topics/china')!.html), ...cards(page('/en/topics/china/2')!.html)]).toEqual(china);
    expect(page('/en/topics/china/2')!.head.hreflang).toEqual({});
    expect(page(`/en/topics/${EN_ONLY_TOPIC}`)!.head.hreflang).toEqual({});
    for (const path of [`/ar/topics/${EN_ONLY_TOPIC}`, `/ar/topics/${EN_ONLY_TOPIC}/feed.xml`, '/ar/topics/china/2', '/en/topics/china/3']) {
      expect((await get(path)).status, path).toBe(404);
    }
  });

  it('are all listed in the index with their count; one without briefings is not linked', () => {
    for (const locale of ['ar', 'en'] as const) {
      const html = page(`/${locale}/topics`)!.html;
      for (const topic of ['china', 'trade', EN_ONLY_TOPIC]) {
        const count = published(locale).filter((b) => b.topics.includes(topic)).length;
        expect(html, `${locale} ${topic}`).toContain(`data-topic="${topic}" data-count="${count}"`);
        expect(html.includes(`href="/${locale}/topics/${topic}"`), `${locale} ${topic} linked`).toBe(count > 0);
      }
    }
  });
});

describe('a briefing page', () => {
  it('takes longer to read in Arabic than its English twin of the same length', () => {
    const minutes = (locale: string) => {
      const m = /class="reading-time" data-words="(\d+)" data-minutes="(\d+)"/.exec(page(`/${locale}/briefings/long-read`)!.html)!;
      return { words: Number(m[1]), minutes: Number(m[2]) };
    };
    const ar = minutes('ar');
    const en = minutes('en');
    expect(ar.words).toBeGreaterThan(900);
    expect(ar.minutes).toBe(Math.ceil(ar.words / localeInfo('ar').wordsPerMinute));
    expect(en.minutes).toBe(Math.ceil(en.words / localeInfo('en').wordsPerMinute));
    expect(ar.minutes).toBeGreaterThan(en.minutes);
    expect(countWords('الصين الرقائق', 'ar')).toBe(2);
  });

  it('lists related briefings that share a topic, and its neighbours in time', () => {
    const html = page('/en/briefings/twin-02')!.html;
    const related = [...(/<section class="related"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '').matchAll(/href="\/en\/briefings\/([^"]+)"/g)].map((m) => m[1]!);
    expect(related.length).toBe(3);
    const mine = corpus.find((b) => b.locale === 'en' && b.slug === 'twin-02')!;
    for (const slug of related) {
      const other = corpus.find((b) => b.locale === 'en' && b.slug === slug)!;
      expect(
        other.topics.some((t) => mine.topics.includes(t)),
        slug,
      ).toBe(true);
    }
    const order = published('en').map((b) => b.slug);
    const i = order.indexOf('twin-02');
    expect(html).toContain(`class="neighbour neighbour-newer" href="/en/briefings/${order[i - 1]}"`);
    expect(html).toContain(`class="neighbour neighbour-older" href="/en/briefings/${order[i + 1]}"`);
    // "Related" never repeats the newer and older links.
    expect(related).not.toContain(order[i - 1]);
    expect(related).not.toContain(order[i + 1]);
  });

  it('uses the update date as modified time', () => {
    const p = page('/en/briefings/twin-05')!;
    const b = corpus.find((x) => x.locale === 'en' && x.slug === 'twin-05')!;
    expect(p.head.meta['article:modified_time']).toEqual([b.updated]);
    expect(checkNewsArticle(p).dateModified).toBe(b.updated);
    expect(crawl.sitemap.find((e) => e.loc === p.url)!.lastmod).toBe(b.updated);
  });
});

describe('a lead image', () => {
  it.each(['ar', 'en'] as const)('in %s: on the briefing and as the front page’s lead, through next/image, with caption and credit', async (locale) => {
    const b = corpus.find((x) => x.locale === locale && x.slug === IMAGE_SLUG)!;
    for (const path of [`/${locale}/briefings/${IMAGE_SLUG}`, `/${locale}`]) {
      const html = page(path)!.html;
      const figure = /<figure class="lead-image">[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
      expect(figure, path).toMatch(/srcSet="\/_next\/image\?url=%2Fimages%2Ffixture-lead\.jpg&amp;w=\d+&amp;q=75 \d+w/i);
      expect(figure).toContain(`alt="${b.image!.alt}"`);
      expect(figure).toContain(b.image!.caption);
      expect(figure).toContain(b.image!.credit);
      // Above the fold: fetched first, not lazily.
      expect(figure).not.toContain('loading="lazy"');
      const src = /src="(\/_next\/image\?[^"]+)"/.exec(figure)![1]!.replaceAll('&amp;', '&');
      const res = await get(src);
      expect(res.status, src).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^image\//);
    }
    // The lead is the newest briefing, and only it has the image on the front page.
    expect(cards(page(`/${locale}`)!.html)[0]).toBe(IMAGE_SLUG);
  });

  it('is drawn in the browser at phone and desktop widths (screenshots in test-results/screenshots/)', async () => {
    const browser = await launchChromium();
    try {
      mkdirSync('test-results/screenshots', { recursive: true });
      for (const locale of ['ar', 'en']) {
        for (const [width, path] of [
          [390, `/${locale}`],
          [1280, `/${locale}`],
          [390, `/${locale}/briefings/${IMAGE_SLUG}`],
        ] as const) {
          const tab = await browser.newPage({ viewport: { width, height: width < 700 ? 844 : 900 } });
          await tab.goto(`${baseURL}${path}`, { waitUntil: 'networkidle' });
          const img = tab.locator('.lead-image img').first();
          // Loaded and decoded: the optimizer answered with a real picture.
          expect(await img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
          const box = (await img.boundingBox())!;
          expect(box.width).toBeGreaterThan(width < 700 ? 300 : 400);
          await tab.screenshot({ path: `test-results/screenshots/fixture-${path.includes('briefings') ? 'briefing' : 'home'}-${locale}-${width}.png` });
          await tab.close();
        }
      }
    } finally {
      await browser.close();
    }
  });
});

describe('a briefing corrected after publication, with exact times', () => {
  const path = (locale: string) => `/${locale}/briefings/${CORRECTED.slug}`;
  const instant = '2026-07-02T09:30:00+03:00';

  it.each([
    ['en', 'By Mawjaz desk', '1 July 2026 at 14:05 Arabian Standard Time', '2 July 2026 at 09:30 Arabian Standard Time', 'Reuters, “A test report”, 1 July 2026'],
    ['ar', 'بقلم فريق موجز', '1 يوليو 2026 في 2:05 م التوقيت العربي الرسمي', '2 يوليو 2026 في 9:30 ص التوقيت العربي الرسمي', 'رويترز، «تقرير تجريبي»، 1 يوليو 2026'],
  ] as const)('shows in %s its byline, its exact time, the dated correction and a full citation', (locale, byline, published, corrected, citation) => {
    const html = page(path(locale))!.html;
    expect(html).toContain(`<time dateTime="2026-07-01T14:05:00+03:00" dir="auto">${published}</time>`);
    const notice = /<aside class="corrections"[\s\S]*?<\/aside>/.exec(html)?.[0] ?? '';
    expect(notice).toContain(`<time dateTime="${instant}" dir="auto">${corrected}</time>`);
    expect(notice).toContain(CORRECTED.text[locale]);
    expect(notice).toContain(`href="/${locale}/corrections"`);
    // The notice comes before the text it corrects.
    expect(html.indexOf('class="corrections"')).toBeLessThan(html.indexOf('class="prose"'));
    expect(html).toMatch(new RegExp(`class="byline">${byline.split(' ')[0]} <span><a href="/${locale}/authors/mawjaz-desk" rel="author"`));
    const sources = /<section class="sources"[\s\S]*?<\/section>/.exec(html)![0].replace(/<[^>]+>/g, '');
    expect(sources).toContain(citation);
  });

  it('is a NewsArticle with its correction, the correction as dateModified, and the desk as author', () => {
    const article = checkNewsArticle(page(path('en'))!);
    expect(article.datePublished).toBe('2026-07-01T14:05:00+03:00');
    expect(article.dateModified).toBe(instant);
    expect(article.correction).toEqual([{ '@type': 'CorrectionComment', text: CORRECTED.text.en, datePublished: instant }]);
    expect(article.author).toEqual([{ '@type': 'Organization', name: 'Mawjaz desk', url: `${SITE}/en/authors/mawjaz-desk` }]);
    expect(article.isBasedOn[0]).toMatchObject({ headline: 'A test report', datePublished: '2026-07-01', url: 'https://www.reuters.com/technology/test-report' });
    expect(crawl.sitemap.find((e) => e.loc === `${SITE}${path('en')}`)!.lastmod).toBe(instant);
  });

  it('is an updated entry in every feed, with the correction in its text and the desk as its author', async () => {
    const url = `${SITE}${path('en')}`;
    for (const f of feeds.filter((x) => ['/en/feed.xml', '/en/atom.xml', '/en/feed.json'].includes(x.path))) {
      expect(f.items.find((i) => i.link === url)!.content, f.path).toContain(CORRECTED.text.en);
    }
    const json = (await (await get('/en/feed.json')).json()) as { items: { url: string; date_published: string; date_modified: string; authors: { name: string; url: string }[] }[] };
    const item = json.items.find((i) => i.url === url)!;
    expect(Date.parse(item.date_published)).toBe(Date.parse('2026-07-01T14:05:00+03:00'));
    expect(Date.parse(item.date_modified)).toBe(Date.parse(instant));
    expect(item.authors).toEqual([{ name: 'Mawjaz desk', url: `${SITE}/en/authors/mawjaz-desk` }]);
    const atom = await (await get('/en/atom.xml')).text();
    const entry = new RegExp(`<entry>(?:(?!</entry>)[^])*?${url}(?:(?!</entry>)[^])*</entry>`).exec(atom)![0];
    expect(Date.parse(/<updated>([^<]+)<\/updated>/.exec(entry)![1]!)).toBe(Date.parse(instant));
    expect(entry).toContain('<name>Mawjaz desk</name>');
    const rss = await (await get('/en/feed.xml')).text();
    const rssItem = new RegExp(`<item>(?:(?!</item>)[^])*?${url}(?:(?!</item>)[^])*</item>`).exec(rss)![0];
    expect(rssItem).toContain('<dc:creator>Mawjaz desk</dc:creator>');
  });

  it.each(['ar', 'en'] as const)('is on the %s corrections page, newest first, linked, and flagged in lists', (locale) => {
    const log = /<ol class="correction-log">[\s\S]*?<\/ol>/.exec(page(`/${locale}/corrections`)!.html)![0];
    expect(log).toContain(`href="/${locale}/briefings/${CORRECTED.slug}"`);
    expect(log).toContain(CORRECTED.text[locale]);
    expect(log).toContain(`dateTime="${instant}"`);
    const listed = [...Array(5).keys()].map((n) => page(n === 0 ? `/${locale}` : `/${locale}/archive/${n + 1}`)?.html ?? '').find((h) => h.includes(`/briefings/${CORRECTED.slug}"`))!;
    const card = new RegExp(`<article class="briefing-card[^"]*">(?:(?!</article>)[^])*?/briefings/${CORRECTED.slug}"(?:(?!</article>)[^])*</article>`).exec(listed)![0];
    expect(card).toContain('data-corrected="1"');
    expect(page(`/${locale}/authors/mawjaz-desk`)!.html).toContain(`href="/${locale}/briefings/${CORRECTED.slug}"`);
  });
});

describe('a headline that contains </script><script>', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('stays text: in the title, the JSON-LD, and a real browser runs nothing', async () => {
    const p = page('/en/briefings/hostile-title')!;
    expect(p.head.meta['og:title']).toEqual([HOSTILE_TITLE]);
    expect(checkNewsArticle(p).headline).toBe(HOSTILE_TITLE);
    expect(readHead(p.html).jsonLd).toHaveLength(2);

    const tab = await browser.newPage();
    const dialogs: string[] = [];
    tab.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await tab.goto(`${baseURL}/en/briefings/hostile-title`);
    expect(await tab.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await tab.title()).toBe(`${HOSTILE_TITLE} · Mawjaz`);
    expect(await tab.locator('h1').innerText()).toBe(HOSTILE_TITLE);
    const ld = await tab.$$eval('script[type="application/ld+json"]', (els) => els.map((e) => JSON.parse(e.textContent ?? '')));
    expect(ld.map((x) => x['@type'])).toEqual(['NewsArticle', 'BreadcrumbList']);
    expect(ld[0].headline).toBe(HOSTILE_TITLE);
    await tab.close();
  });

  it('stays text in every feed', () => {
    const url = `${SITE}/en/briefings/hostile-title`;
    const titles = feeds.filter((f) => f.path === '/en/feed.xml' || f.path === '/en/atom.xml' || f.path === '/en/feed.json').map((f) => [f.format, f.items.find((i) => i.link === url)!.title]);
    expect(Object.fromEntries(titles)).toEqual({
      rss: HOSTILE_TITLE.replaceAll(']]>', ']] >'),
      // rss-parser gives Atom's type="html" title as the HTML source.
      atom: HOSTILE_TITLE.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
      json: HOSTILE_TITLE,
    });
  });
});

describe('search', () => {
  const hitsOf = (html: string) => [...html.matchAll(/<article class="briefing-card search-hit">[\s\S]*?href="\/[a-z]{2}\/briefings\/([^"]+)"/g)].map((m) => m[1]!);
  const search = async (locale: string, q: string, page = 1) => {
    const res = await get(`/${locale}/search?q=${encodeURIComponent(q)}${page > 1 ? `&page=${page}` : ''}`);
    expect(res.status).toBe(200);
    return res.text();
  };

  it('finds every published briefing by its title, and never a draft or a scheduled one', async () => {
    const named = corpus.filter((b) => b.title.includes(b.slug));
    expect(named.some((b) => b.draft)).toBe(true);
    expect(named.some((b) => b.date > TODAY)).toBe(true);
    for (const b of named) {
      const visible = !b.draft && b.date <= TODAY;
      expect(hitsOf(await search(b.locale, b.slug)).includes(b.slug), `${b.locale}/${b.slug}`).toBe(visible);
    }
  });

  it('paginates with the site’s pagination, every match once', async () => {
    const expected = published('en')
      .filter((b) => /\bbriefing\b/i.test(b.title))
      .map((b) => b.slug);
    expect(expected.length).toBeGreaterThan(10);
    const first = await search('en', 'briefing');
    expect(first).toContain(`href="/en/search?q=briefing&amp;page=2"`);
    expect(first).toMatch(/<nav class="pagination"/);
    const pages = Math.ceil(expected.length / 10);
    const seen: string[] = [];
    for (let p = 1; p <= pages; p++) seen.push(...hitsOf(p === 1 ? first : await search('en', 'briefing', p)));
    expect(seen.sort()).toEqual([...expected].sort());
  });
});
