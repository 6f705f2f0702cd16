import { describe, expect, it } from 'vitest';
import { briefingAlternates, everywhere } from '@/lib/routing/alternates';
import { paths } from '@/lib/routing/paths';
import { feedAlternates, layoutMetadata, pageMetadata, type SiteMeta } from './metadata';

const site: SiteMeta = {
  base: 'https://m.example',
  name: 'Mawjaz',
  titleTemplate: '%s · Mawjaz',
  description: 'Short, sourced news',
  feeds: [{ scope: { locale: 'en' }, title: 'Mawjaz: latest briefings' }],
  formatNames: { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' },
};

const article = { publishedTime: '2026-01-28', modifiedTime: '2026-01-29', section: 'China', tags: ['China', 'Trade'] };

describe('pageMetadata', () => {
  it('gives a translated briefing its canonical, both languages, x-default and article tags', () => {
    const m = pageMetadata({
      locale: 'en',
      path: paths.briefing('en', 'x'),
      alternates: briefingAlternates('x', ['ar', 'en']),
      title: 'A headline',
      description: 'The dek',
      article,
      site,
    });
    expect(m.title).toBe('A headline');
    expect(m.alternates?.canonical).toBe('https://m.example/en/briefings/x');
    expect(m.alternates?.languages).toEqual({
      ar: 'https://m.example/ar/briefings/x',
      en: 'https://m.example/en/briefings/x',
      'x-default': 'https://m.example/ar/briefings/x',
    });
    expect(m.openGraph).toMatchObject({
      type: 'article',
      url: 'https://m.example/en/briefings/x',
      locale: 'en_US',
      alternateLocale: ['ar_AR'],
      publishedTime: '2026-01-28',
      modifiedTime: '2026-01-29',
      section: 'China',
      tags: ['China', 'Trade'],
    });
    expect(m.openGraph).not.toHaveProperty('images');
    expect(m.twitter).toEqual({ card: 'summary_large_image', title: 'A headline', description: 'The dek' });
  });

  it('gives a briefing without a twin no languages and no alternate locale', () => {
    const m = pageMetadata({ locale: 'ar', path: paths.briefing('ar', 'x'), alternates: briefingAlternates('x', ['ar']), title: 't', description: 'd', article, site });
    expect(m.alternates?.languages).toEqual({});
    expect(m.openGraph).toMatchObject({ locale: 'ar_AR', alternateLocale: [] });
  });

  it('repeats the feed links, since a page’s alternates replace the layout’s', () => {
    const m = pageMetadata({ locale: 'en', path: '/en', alternates: everywhere(paths.home), title: 'Mawjaz', absoluteTitle: true, description: 'd', site });
    expect(m.title).toEqual({ absolute: 'Mawjaz' });
    expect(m.alternates?.types).toEqual(feedAlternates(site.feeds, site.formatNames, site.base));
    expect(m.openGraph).toMatchObject({ type: 'website' });
  });
});

describe('feedAlternates', () => {
  it('lists every feed in every format, with a title naming the format', () => {
    expect(feedAlternates([...site.feeds, { scope: { locale: 'en', topic: 'china' }, title: 'Mawjaz: China' }], site.formatNames, site.base)).toEqual({
      'application/rss+xml': [
        { url: 'https://m.example/en/feed.xml', title: 'Mawjaz: latest briefings (RSS)' },
        { url: 'https://m.example/en/topics/china/feed.xml', title: 'Mawjaz: China (RSS)' },
      ],
      'application/atom+xml': [
        { url: 'https://m.example/en/atom.xml', title: 'Mawjaz: latest briefings (Atom)' },
        { url: 'https://m.example/en/topics/china/atom.xml', title: 'Mawjaz: China (Atom)' },
      ],
      'application/feed+json': [
        { url: 'https://m.example/en/feed.json', title: 'Mawjaz: latest briefings (JSON Feed)' },
        { url: 'https://m.example/en/topics/china/feed.json', title: 'Mawjaz: China (JSON Feed)' },
      ],
    });
  });
});

describe('layoutMetadata', () => {
  it('sets the base, the title template and the feeds, but no canonical and no hreflang', () => {
    const m = layoutMetadata('ar', site, 'Home title');
    expect(String(m.metadataBase)).toBe('https://m.example/');
    expect(m.title).toEqual({ default: 'Home title', template: '%s · Mawjaz' });
    expect(m.alternates).toEqual({ types: feedAlternates(site.feeds, site.formatNames, site.base) });
    expect(m.openGraph).toMatchObject({ locale: 'ar_AR' });
  });
});

describe('robots directives (discovery)', () => {
  it('lets search engines show a large image and any snippet of every indexable page', () => {
    const m = pageMetadata({ locale: 'en', path: '/en', alternates: everywhere(paths.home), title: 'Mawjaz', description: 'd', site });
    expect(m.robots).toEqual({ index: true, follow: true, 'max-image-preview': 'large', 'max-snippet': -1 });
  });
  it('says nothing of the kind on the layout, which the noindex 404 views inherit', () => {
    expect(layoutMetadata('en', site, 'Mawjaz').robots).toBeUndefined();
  });
});
