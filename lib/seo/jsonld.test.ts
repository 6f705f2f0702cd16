import { describe, expect, it } from 'vitest';
import { breadcrumbs, newsArticle, serializeJsonLd, webSite, type ArticleInput } from './jsonld';
import type { SiteInfo } from '@/lib/site/identity';

const site: SiteInfo = {
  base: 'https://m.example',
  name: 'Mawjaz',
  alternateNames: ['موجز'],
  logo: { path: '/logo.png', width: 512, height: 512 },
};

const article: ArticleInput = {
  locale: 'en',
  slug: 'fixture-china-approves-nvidia-x900',
  title: "China approves its first imports of Nvidia's H200 chips",
  summary: 'Beijing has cleared several hundred thousand H200 chips.',
  datePublished: '2026-01-28',
  dateModified: '2026-01-29',
  topics: [
    { id: 'semiconductors', label: 'Semiconductors' },
    { id: 'china', label: 'China' },
  ],
  sources: [{ name: 'Reuters', url: 'https://www.reuters.com/x' }],
  twins: [{ locale: 'ar', title: 'الصين توافق على استيراد أول دفعة من رقائق إنفيديا H200' }],
  shareImage: '/en/briefings/fixture-china-approves-nvidia-x900/share-image/076372539f4f.png',
};

/** The JSON a crawler reads: what went through the serializer. */
const plain = (data: unknown): Record<string, any> => JSON.parse(serializeJsonLd(data));

describe('serializeJsonLd', () => {
  it('escapes &, U+2028 and U+2029 and round-trips every value', () => {
    const data = { a: 'AT&T \u2028 \u2029 — عربي', b: [1, true, null], c: { '<': '>' } };
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('organization', () => {
  it('points publishingPrinciples, correctionsPolicy and ethicsPolicy at the site pages', () => {
    const org = plain(
      newsArticle(article, {
        ...site,
        policies: { publishingPrinciples: '/en/pages/standards', ethicsPolicy: '/en/pages/standards', correctionsPolicy: '/en/pages/corrections-policy' },
      }),
    ).publisher;
    expect(org.publishingPrinciples).toBe('https://m.example/en/pages/standards');
    expect(org.ethicsPolicy).toBe('https://m.example/en/pages/standards');
    expect(org.correctionsPolicy).toBe('https://m.example/en/pages/corrections-policy');
    expect(plain(newsArticle(article, site)).publisher.correctionsPolicy).toBeUndefined();
  });
});

describe('newsArticle', () => {
  const ld = plain(newsArticle(article, site));

  it('has the fields search engines require and recommend', () => {
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.headline).toBe(article.title);
    expect(ld.description).toBe(article.summary);
    expect(ld.datePublished).toBe('2026-01-28');
    expect(ld.dateModified).toBe('2026-01-29');
    expect(ld.inLanguage).toBe('en');
    expect(ld.url).toBe('https://m.example/en/briefings/fixture-china-approves-nvidia-x900');
    expect(ld.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': ld.url });
    expect(ld.keywords).toEqual(['Semiconductors', 'China']);
    expect(ld.image).toEqual(['https://m.example/en/briefings/fixture-china-approves-nvidia-x900/share-image/076372539f4f.png']);
    const publisher = ld.publisher as Record<string, any>;
    expect(publisher['@type']).toBe('NewsMediaOrganization');
    expect(publisher.logo.url).toBe('https://m.example/logo.png');
    expect(ld.author).toEqual(publisher);
    expect(ld.isBasedOn).toEqual([{ '@type': 'CreativeWork', name: 'Reuters', publisher: { '@type': 'Organization', name: 'Reuters' }, url: 'https://www.reuters.com/x' }]);
    expect(ld.citation).toEqual(ld.isBasedOn);
    expect(ld.correction).toBeUndefined();
  });

  it('cites a report known by its date, with its headline, and no invented address', () => {
    const cited = plain(newsArticle({ ...article, sources: [{ name: 'Reuters', title: 'China approves', date: '2026-01-28' }] }, site));
    expect(cited.isBasedOn).toEqual([
      { '@type': 'CreativeWork', name: 'China approves', headline: 'China approves', publisher: { '@type': 'Organization', name: 'Reuters' }, datePublished: '2026-01-28' },
    ]);
  });

  it.each([
    ['organization', 'Organization'],
    ['person', 'Person'],
  ] as const)('signs with the byline: a %s is a %s with its page', (kind, type) => {
    const signed = plain(newsArticle({ ...article, authors: [{ kind, name: 'Mawjaz desk', path: '/en/authors/mawjaz-desk' }] }, site));
    expect(signed.author).toEqual([{ '@type': type, name: 'Mawjaz desk', url: 'https://m.example/en/authors/mawjaz-desk' }]);
  });

  it('lists corrections as CorrectionComments, with the full instant', () => {
    const corrected = plain(newsArticle({ ...article, dateModified: '2026-01-29T10:00:00+03:00', corrections: [{ date: '2026-01-29T10:00:00+03:00', text: 'Fixed the number.' }] }, site));
    expect(corrected.correction).toEqual([{ '@type': 'CorrectionComment', text: 'Fixed the number.', datePublished: '2026-01-29T10:00:00+03:00' }]);
    expect(corrected.dateModified).toBe('2026-01-29T10:00:00+03:00');
  });

  it('names the Arabic version as the original of an English twin, and the other way round', () => {
    expect(ld.translationOfWork).toMatchObject({ inLanguage: 'ar', url: 'https://m.example/ar/briefings/fixture-china-approves-nvidia-x900' });
    expect(ld.workTranslation).toBeUndefined();
    const ar = plain(newsArticle({ ...article, locale: 'ar', twins: [{ locale: 'en', title: article.title }] }, site));
    expect(ar.workTranslation).toEqual([expect.objectContaining({ inLanguage: 'en', headline: article.title })]);
    expect(ar.translationOfWork).toBeUndefined();
  });

  it('has neither for a briefing without a twin', () => {
    const lone = plain(newsArticle({ ...article, twins: [] }, site));
    expect(lone.translationOfWork).toBeUndefined();
    expect(lone.workTranslation).toBeUndefined();
  });

  it('puts a lead image first, as an absolute URL', () => {
    const withImage = plain(newsArticle({ ...article, image: { src: '/images/h200.jpg', alt: 'A board' } }, site));
    expect((withImage.image as string[])[0]).toBe('https://m.example/images/h200.jpg');
  });
});

describe('webSite and breadcrumbs', () => {
  it('describe the site and a trail with absolute URLs', () => {
    expect(webSite('ar', site)).toMatchObject({ '@type': 'WebSite', url: 'https://m.example/ar', inLanguage: 'ar' });
    const trail = breadcrumbs(
      [
        { name: 'Home', path: '/en' },
        { name: 'China', path: '/en/topics/china' },
      ],
      site.base,
    );
    expect(trail.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://m.example/en' },
      { '@type': 'ListItem', position: 2, name: 'China', item: 'https://m.example/en/topics/china' },
    ]);
  });
});
