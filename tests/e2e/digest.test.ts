import bidiFactory from 'bidi-js';
import { describe, expect, inject, it } from 'vitest';
import { localeInfo, locales } from '../../i18n/locales';
import { DIGEST_DAY, LIVE } from '../support/fixture-site';

/**
 * The Daily Brief on the web: every form of a day's edition (page, .txt,
 * RSS, Atom, JSON Feed) carries the same briefings in the same order with
 * the same absolute URLs; a day without briefings is the localized 404; the
 * sign-up form is on the homes, briefing pages and editions. Days are read
 * from the built site's own feeds, never written here.
 */
const baseURL = inject('baseURL');
const bidi = bidiFactory();
const get = (path: string) => fetch(`${baseURL}${path}`, { redirect: 'manual' });
const briefingLinks = (s: string) => [...s.matchAll(/https?:\/\/[^"<\s\u2069]+\/briefings\/[^"<\s\u2069]+/g)].map((m) => m[0]);
const unique = (a: string[]) => [...new Set(a)];

describe.each(locales)('the %s Daily Brief', (locale) => {
  const editions = async () => {
    const feed = (await (await get(`/${locale}/digest/feed.json`)).json()) as { items: { id: string; url: string; content_html: string }[] };
    return feed.items.map((i) => ({ day: i.url.split('/').at(-1)!, url: i.url, html: i.content_html }));
  };

  it('has an edition per day in its feeds, the same in RSS, Atom and JSON Feed', async () => {
    const json = await editions();
    expect(json.length).toBeGreaterThan(0);
    const rss = await (await get(`/${locale}/digest/feed.xml`)).text();
    const atom = await (await get(`/${locale}/digest/atom.xml`)).text();
    for (const e of json) {
      expect(rss).toContain(`<link>${e.url}</link>`);
      expect(atom).toContain(`<id>${e.url}</id>`);
    }
    const [first] = json;
    const rssItem = rss.slice(rss.indexOf(`<link>${first!.url}</link>`));
    expect(unique(briefingLinks(rssItem.slice(0, rssItem.indexOf('</item>'))))).toEqual(unique(briefingLinks(first!.html)));
  });

  it('shows each day with the same items, order and absolute URLs as its .txt and feed entry', async () => {
    for (const e of await editions()) {
      const page = await get(`/${locale}/digest/${e.day}`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toMatch(new RegExp(`<html[^>]* lang="${locale}"[^>]* dir="${localeInfo(locale).dir}"`));
      const list = html.slice(html.indexOf('class="edition-items"'), html.indexOf('</ol>', html.indexOf('class="edition-items"')));
      const fromPage = briefingLinks(list);
      expect(fromPage.length).toBeGreaterThan(0);
      expect(fromPage).toEqual(unique(briefingLinks(e.html)));
      const txt = await get(`/${locale}/digest/${e.day}.txt`);
      expect(txt.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      const text = await txt.text();
      expect(briefingLinks(text)).toEqual(fromPage);
      expect(text).toContain(e.url);
      if (localeInfo(locale).dir === 'rtl') {
        for (const line of text.split('\n').filter((l) => /\p{L}|\d/u.test(l))) expect([line, bidi.getEmbeddingLevels(line).paragraphs[0]!.level % 2]).toEqual([line, 1]);
      }
    }
  });

  it('marks a live briefing live in its day’s edition, as in every list', async () => {
    const html = await (await fetch(`${baseURL}/${locale}/digest/${LIVE.start.slice(0, 10)}`)).text();
    const item = html.slice(html.indexOf(`/briefings/${LIVE.slug}`) - 400, html.indexOf(`/briefings/${LIVE.slug}`));
    expect(item).toContain('data-live="live"');
    const other = await (await fetch(`${baseURL}/${locale}/digest/${DIGEST_DAY.day}`)).text();
    expect(other).not.toContain('data-live="live"');
  });

  it('serves the latest edition at /{locale}/digest and lists every edition in the sitemap', async () => {
    const [latest] = await editions();
    const html = await (await get(`/${locale}/digest`)).text();
    expect(html).toContain(`<time dateTime="${latest!.day}">`);
    const sitemap = await (await get('/sitemap.xml')).text();
    expect(sitemap).toContain(`${new URL(latest!.url).origin}/${locale}/digest</loc>`);
    for (const e of await editions()) expect(sitemap).toContain(`<loc>${e.url}</loc>`);
  });

  it("cuts days in Riyadh time: a briefing of 22:30 UTC is in the next day's edition, newest first", async () => {
    const html = await (await get(`/${locale}/digest/${DIGEST_DAY.day}`)).text();
    const list = html.slice(html.indexOf('class="edition-items"'), html.indexOf('</ol>', html.indexOf('class="edition-items"')));
    expect(briefingLinks(list).map((u) => u.split('/').at(-1))).toEqual(DIGEST_DAY.slugs);
    expect((await get(`/${locale}/digest/${DIGEST_DAY.utcDayBefore}`)).status).toBe(404);
  });

  it.each(['1999-01-01', '2026-02-30', 'latest'])('answers %s with the localized 404, as a page and as text', async (day) => {
    for (const path of [`/${locale}/digest/${day}`, `/${locale}/digest/${day}.txt`]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text()).toMatch(new RegExp(`<html[^>]* lang="${locale}"`));
    }
  });

  it('offers the sign-up form, a plain POST, on the home, a briefing page and an edition, under a CSP that allows it', async () => {
    const [latest] = await editions();
    const briefing = briefingLinks(latest!.html)[0]!;
    for (const path of [`/${locale}`, new URL(briefing).pathname, `/${locale}/digest/${latest!.day}`]) {
      const res = await get(path);
      expect(res.headers.get('content-security-policy')).toContain("form-action 'self'");
      const html = await res.text();
      expect(html, path).toMatch(new RegExp(`<form[^>]* action="/${locale}/newsletter/subscribe" method="post"`));
      expect(/<input[^>]*type="email"[^>]*>/.exec(html)?.[0], path).toMatch(/required=""[^>]*name="email"/);
      expect(/<div class="newsletter-trap" aria-hidden="true">.*?<\/div>/s.exec(html)?.[0], path).toMatch(/<input[^>]*tabindex="-1"[^>]*name="website"/);
    }
  });
});
