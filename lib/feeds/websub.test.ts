import { describe, expect, it } from 'vitest';
import { renderFeed, type FeedInput } from './feeds';
import { DEFAULT_WEBSUB_HUB, feedLinkHeader, websubHub } from './websub';

const input = (hub?: string): FeedInput => ({
  locale: 'en',
  title: 'Fixture feed',
  description: 'd',
  homeUrl: 'https://fixture.example/en',
  feedUrls: { rss: 'https://fixture.example/en/feed.xml', atom: 'https://fixture.example/en/atom.xml', json: 'https://fixture.example/en/feed.json' },
  ...(hub ? { hub } : {}),
  categoryScheme: 'https://fixture.example/en/topics',
  updated: '2026-01-28',
  author: { name: 'Mawjaz', url: 'https://fixture.example/en' },
  logoUrl: 'https://fixture.example/logo.png',
  items: [],
});

describe('WebSub in feeds', () => {
  const hub = 'https://hub.fixture.example/';
  it('RSS names its hub and itself', () => {
    const rss = renderFeed(input(hub), 'rss');
    expect(rss).toMatch(/<atom:link href="https:\/\/fixture\.example\/en\/feed\.xml" rel="self" type="application\/rss\+xml"\/>/);
    expect(rss).toContain(`<atom:link href="${hub}" rel="hub"/>`);
  });
  it('Atom names its hub and itself', () => {
    const atom = renderFeed(input(hub), 'atom');
    expect(atom).toContain('<link rel="self" href="https://fixture.example/en/atom.xml"/>');
    expect(atom).toContain(`<link rel="hub" href="${hub}"/>`);
  });
  it('JSON Feed lists its hubs and its own URL', () => {
    const json = JSON.parse(renderFeed(input(hub), 'json'));
    expect(json.hubs).toEqual([{ type: 'WebSub', url: hub }]);
    expect(json.feed_url).toBe('https://fixture.example/en/feed.json');
  });
  it('the Link header says the same', () => {
    expect(feedLinkHeader('https://fixture.example/en/atom.xml', hub)).toBe(`<${hub}>; rel="hub", <https://fixture.example/en/atom.xml>; rel="self"`);
  });
  it('the hub is WEBSUB_HUB_URL, else a public hub; a malformed setting is an error', () => {
    expect(websubHub({})).toBe(DEFAULT_WEBSUB_HUB);
    expect(websubHub({ WEBSUB_HUB_URL: 'http://127.0.0.1:9/hub' })).toBe('http://127.0.0.1:9/hub');
    expect(() => websubHub({ WEBSUB_HUB_URL: 'ftp://x' })).toThrow(/WEBSUB_HUB_URL/);
  });
});
