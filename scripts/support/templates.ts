import { locales, type Locale } from '../../i18n/locales';

/** One page of each template the site has, found on the running site. */
export type TemplatePage = { name: string; locale: Locale; path: string; status: number };

/**
 * Every template of the site in every language, found by following the
 * site's own links from each home page (never by naming a briefing, topic
 * or author): home, briefing, topics index, topic, a later topic or
 * archive page when one exists, author, site page, corrections, search
 * (with results and without a query), the 404, the lite home and
 * briefing, the Daily Brief and an edition of it, and the newsletter form.
 * Used by scripts/audit-lighthouse.ts on any running site (the real
 * content); tests/e2e/browser-audit.test.ts names the same templates on
 * the fixture site, where it knows the slugs.
 */
export async function discoverTemplates(baseURL: string): Promise<TemplatePage[]> {
  const pages: TemplatePage[] = [];
  for (const locale of locales) {
    const html = async (path: string) => (await fetch(`${baseURL}${path}`)).text();
    const first = (text: string, pattern: string) => text.match(new RegExp(`href="(/${locale}/${pattern})"`))?.[1] ?? null;
    const home = await html(`/${locale}`);
    const briefing = first(home, 'briefings/[^"?#/]+');
    const topic = first(home, 'topics/[^"?#/]+');
    const author = first(home, 'authors/[^"?#/]+');
    const sitePage = first(home, 'pages/[^"?#/]+');
    const archive = first(home, 'archive/\\d+');
    const topicHtml = topic ? await html(topic) : '';
    const laterTopic = topic ? first(topicHtml, `${topic.slice(locale.length + 2)}/\\d+`) : null;
    const edition = first(await html(`/${locale}/digest`), 'digest/\\d{4}-\\d{2}-\\d{2}');
    const word = briefing ? ((await html(briefing)).match(/<h1[^>]*>(?:<bdi>)?([^<\s]+)/)?.[1] ?? 'a') : 'a';
    const found: [string, string | null, number][] = [
      ['home', `/${locale}`, 200],
      ['briefing', briefing, 200],
      ['topics index', `/${locale}/topics`, 200],
      ['topic', topic, 200],
      ['topic, later page', laterTopic, 200],
      ['archive page', archive, 200],
      ['author', author, 200],
      ['site page', sitePage, 200],
      ['corrections', `/${locale}/corrections`, 200],
      ['search results', `/${locale}/search?q=${encodeURIComponent(word)}`, 200],
      ['search, empty', `/${locale}/search`, 200],
      ['404', `/${locale}/briefings/no-such-briefing`, 404],
      ['lite home', `/lite/${locale}`, 200],
      ['lite briefing', briefing && `/lite${briefing}`, 200],
      ['digest', `/${locale}/digest`, 200],
      ['digest edition', edition, 200],
      ['newsletter', `/${locale}/newsletter`, 200],
    ];
    for (const [name, path, status] of found) if (path) pages.push({ name, locale, path, status });
  }
  return pages;
}
