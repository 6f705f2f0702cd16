import { describe, expect, it } from 'vitest';
import { onDemandPath } from './on-demand';

describe('onDemandPath', () => {
  it.each([
    ['/ar/briefings/x', { kind: 'briefing', locale: 'ar', slug: 'x' }],
    ['/en/briefings/%D8%A7', { kind: 'briefing', locale: 'en', slug: 'ا' }],
    ['/en/briefings/x/share-image/0123abcd4567.png', { kind: 'briefing', locale: 'en', slug: 'x' }],
    ['/ar/archive/2', { kind: 'archive', locale: 'ar', page: 2 }],
    ['/ar/archive/2/', { kind: 'archive', locale: 'ar', page: 2 }],
    ['/ar/archive/02', { kind: 'archive', locale: 'ar', page: null }],
    ['/ar/archive/x', { kind: 'archive', locale: 'ar', page: null }],
    ['/en/topics/china/3', { kind: 'topic', locale: 'en', topic: 'china', page: 3 }],
    ['/en/topics/china/0', { kind: 'topic', locale: 'en', topic: 'china', page: null }],
    ['/ar/digest/2026-01-28', { kind: 'edition', locale: 'ar', day: '2026-01-28' }],
    ['/en/digest/2026-01-28.txt', { kind: 'edition', locale: 'en', day: '2026-01-28' }],
    ['/en/digest/yesterday', { kind: 'edition', locale: 'en', day: 'yesterday' }],
  ])('reads %s', (path, expected) => {
    expect(onDemandPath(path)).toEqual(expected);
  });

  it.each([
    '/ar',
    '/ar/archive',
    '/en/topics/china',
    '/en/topics/china/feed.xml',
    '/en/topics/china/atom.xml',
    '/en/topics/china/feed.json',
    '/en/topics/china/share-image/ab.png',
    '/fr/archive/2',
    '/en/search',
    '/ar/digest',
    '/ar/digest/feed.xml',
    '/ar/digest/atom.xml',
    '/en/digest/feed.json',
  ])('leaves %s alone', (path) => {
    expect(onDemandPath(path)).toBeNull();
  });
});
