import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { feedFormats } from '@/lib/routing/paths';
import { renderFeed, type FeedInput, type FeedItemInput } from './feeds';

const base = 'https://m.example';
const item = (slug: string, title: string, extra: Partial<FeedItemInput> = {}): FeedItemInput => ({
  url: `${base}/ar/briefings/${slug}`,
  title,
  summary: 'ملخص <قصير> & واضح',
  html: '<div lang="ar" dir="rtl"><p>نص <bdi>H200</bdi></p></div>',
  published: '2026-01-28',
  modified: '2026-01-29',
  categories: [{ id: 'china', label: 'الصين', url: `${base}/ar/topics/china` }],
  ...extra,
});

const HOSTILE = '</script><script>alert(1)</script> ]]> <b>bold</b> & ]]> AT&amp;T';

const input: FeedInput = {
  locale: 'ar',
  title: 'موجز: آخر الإيجازات',
  description: 'أخبار موجزة وموثّقة',
  homeUrl: `${base}/ar`,
  feedUrls: { rss: `${base}/ar/feed.xml`, atom: `${base}/ar/atom.xml`, json: `${base}/ar/feed.json` },
  categoryScheme: `${base}/ar/topics`,
  updated: '2026-01-29',
  author: { name: 'موجز', url: `${base}/ar` },
  logoUrl: `${base}/logo.png`,
  items: [item('h200', 'الصين توافق على استيراد رقائق H200'), item('hostile', HOSTILE)],
};

const parser = new Parser();
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

describe('renderFeed', () => {
  it.each(['rss', 'atom'] as const)('writes well-formed %s XML that a feed parser reads', async (format) => {
    const text = renderFeed(input, format);
    expect(XMLValidator.validate(text)).toBe(true);
    const feed = await parser.parseString(text);
    expect(feed.items.map((i) => i.link)).toEqual([`${base}/ar/briefings/h200`, `${base}/ar/briefings/hostile`]);
    expect(feed.items[0]!.title).toBe('الصين توافق على استيراد رقائق H200');
  });

  it('keeps a hostile title as text in every format', async () => {
    // Atom: type="html", so the markup characters arrive escaped.
    const atom = xml.parse(renderFeed(input, 'atom'));
    const entry = atom.feed.entry[1];
    expect(entry.title['@type']).toBe('html');
    expect(entry.title['#text']).toContain('&lt;/script&gt;&lt;script&gt;');
    // RSS: plain text in CDATA; every `]]>` neutralised.
    const rss = await parser.parseString(renderFeed(input, 'rss'));
    expect(rss.items[1]!.title).toBe(HOSTILE.replaceAll(']]>', ']] >'));
    // JSON: plain text, untouched.
    const json = JSON.parse(renderFeed(input, 'json'));
    expect(json.items[1].title).toBe(HOSTILE);
  });

  it('declares the language in every format', () => {
    expect(xml.parse(renderFeed(input, 'rss')).rss.channel.language).toBe('ar');
    expect(xml.parse(renderFeed(input, 'atom')).feed['@xml:lang']).toBe('ar');
    const json = JSON.parse(renderFeed(input, 'json'));
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.language).toBe('ar');
    expect(json.items[0].language).toBe('ar');
  });

  it('carries title, summary, full content, link, id, dates and categories', () => {
    const rss = xml.parse(renderFeed(input, 'rss')).rss.channel;
    const first = rss.item[0];
    expect(first.guid).toEqual({ '#text': `${base}/ar/briefings/h200`, '@isPermaLink': 'true' });
    expect(first.pubDate).toBe('Wed, 28 Jan 2026 00:00:00 GMT');
    expect(first['content:encoded']).toContain('dir="rtl"');
    expect(first.description).toBe('ملخص &lt;قصير&gt; &amp; واضح');
    expect(first.category).toEqual({ '#text': 'الصين', '@domain': `${base}/ar/topics/china` });
    expect(first['dc:creator']).toBe('موجز');
    expect(rss.lastBuildDate).toBe('Thu, 29 Jan 2026 00:00:00 GMT');
    expect(rss['atom:link']['@href']).toBe(`${base}/ar/feed.xml`);

    const atom = xml.parse(renderFeed(input, 'atom')).feed;
    const entry = atom.entry[0];
    expect(entry.id).toBe(`${base}/ar/briefings/h200`);
    expect(entry.published).toBe('2026-01-28T00:00:00.000Z');
    expect(entry.updated).toBe('2026-01-29T00:00:00.000Z');
    expect(entry.content['#text']).toContain('dir="rtl"');
    expect(entry.category).toMatchObject({ '@term': 'china', '@label': 'الصين', '@scheme': `${base}/ar/topics` });
    expect(atom.link.find((l: any) => l['@rel'] === 'self')['@href']).toBe(`${base}/ar/atom.xml`);
    expect(atom.author.name).toBe('موجز');

    const json = JSON.parse(renderFeed(input, 'json'));
    expect(json.feed_url).toBe(`${base}/ar/feed.json`);
    expect(json.items[0]).toMatchObject({
      id: `${base}/ar/briefings/h200`,
      url: `${base}/ar/briefings/h200`,
      summary: 'ملخص <قصير> & واضح',
      date_published: '2026-01-28T00:00:00.000Z',
      date_modified: '2026-01-29T00:00:00.000Z',
      tags: ['الصين'],
    });
    expect(json.items[0].content_html).toContain('dir="rtl"');
  });

  it('is deterministic: the same input gives the same bytes (no build time in it)', () => {
    for (const format of feedFormats) expect(renderFeed(input, format)).toBe(renderFeed(structuredClone(input), format));
  });

  it('strips characters XML forbids', () => {
    const text = renderFeed({ ...input, items: [item('x', 'bad \u0001 char\u000B')] }, 'rss');
    expect(XMLValidator.validate(text)).toBe(true);
  });
});
