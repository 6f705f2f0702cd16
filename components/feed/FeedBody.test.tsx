import { allBriefings } from 'contentlayer/generated';
import { getMDXComponent } from 'next-contentlayer2/hooks';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { locales } from '@/i18n/locales';
import type { FeedLabels } from '@/lib/feeds/feed-body';
import { renderStatic } from '@/lib/feeds/static-html';
import { feedComponents, renderFeedBody } from './FeedBody';
import { compiledBriefingId } from '../../tests/support/content-project';

const SLUG = compiledBriefingId()
  .split('/')[2]!
  .replace(/\.mdx$/, '');
const base = 'https://m.example';
const labels: Record<string, FeedLabels> = {
  ar: { keyPoints: 'ما يجب معرفته', timeline: 'التسلسل الزمني', sources: 'المصادر', sourcesIntro: 'يستند هذا الإيجاز إلى:' },
  en: { keyPoints: 'What to know', timeline: 'Timeline', sources: 'Sources', sourcesIntro: 'This briefing is based on:' },
};

describe('renderFeedBody with corrections and full citations', () => {
  it('puts the dated corrections first, and cites a report by publisher, “headline” and date, linked', () => {
    const b = allBriefings.find((x) => x.locale === 'en' && x.slug === SLUG)!;
    const html = renderFeedBody({
      locale: 'en',
      code: b.body.code,
      sources: [{ name: 'Reuters', title: 'A report', date: '2026-01-28', url: 'https://www.reuters.com/technology/a-report' }],
      corrections: [{ date: '2026-01-29T10:00+03:00', text: 'An earlier version gave the wrong number.' }],
      labels: { ...labels.en!, citation: { separator: ', ', quoteOpen: '“', quoteClose: '”' }, corrections: 'Corrections', correctionsIntro: 'Corrected:' },
      base,
      pageUrl: `${base}/en/briefings/${SLUG}`,
    });
    expect(html.indexOf('<h2>Corrections</h2>')).toBeGreaterThan(0);
    expect(html.indexOf('<h2>Corrections</h2>')).toBeLessThan(html.indexOf('<h2>What to know</h2>'));
    expect(html).toContain('<time dateTime="2026-01-29T10:00:00+03:00">29 January 2026 at 10:00 Arabian Standard Time</time>, An earlier version gave the wrong number.');
    expect(html).toContain('<a href="https://www.reuters.com/technology/a-report"><bdi>Reuters, “A report”, 28 January 2026</bdi></a>');
  });
});

function render(locale: (typeof locales)[number]) {
  const b = allBriefings.find((x) => x.locale === locale && x.slug === SLUG)!;
  return renderFeedBody({ locale, code: b.body.code, sources: b.sources, labels: labels[locale]!, base, pageUrl: `${base}/${locale}/briefings/${SLUG}` });
}

describe('renderFeedBody (the H200 briefing)', () => {
  it('keeps Arabic right to left, in one element that declares the language', () => {
    const html = render('ar');
    expect(html.startsWith('<div lang="ar" dir="rtl">')).toBe(true);
    expect(html).toContain('ما يجب معرفته');
    expect(html).toContain('<bdi>H200</bdi>');
    expect(render('en').startsWith('<div lang="en" dir="ltr">')).toBe(true);
  });

  it('renders every editors component as plain HTML, without page classes or heading anchors', () => {
    const html = render('en');
    expect(html).toContain('<h2>What to know</h2>');
    // The timeline follows its section's own heading, with no second "Timeline" heading
    // (issue 21), and each event shows its date (no CSS hides a repeated one).
    expect(html).toMatch(/<h2[^>]*>How we got here<\/h2>\s*<section><ol><li><time dateTime="2025-12">December 2025<\/time><div>Reuters reported/);
    expect(html).not.toContain('<h2>Timeline</h2>');
    expect(html.match(/<time dateTime="2026-01">January 2026<\/time>/g)?.length).toBeGreaterThan(1);
    expect(html).not.toMatch(/class=/);
    expect(html).not.toContain('href="#');
    expect(html).toContain('<h2>Sources</h2>');
    // The H200 source has no address: a citation by publisher and date, not a link.
    expect(html).toContain('<li><bdi>Reuters (Arabic service), 28 January 2026</bdi></li>');
    expect(html).not.toContain('reuters.com');
  });

  it("prints a timeline's title as its heading when the editor gave one", () => {
    const c = feedComponents('en', labels.en!, base, `${base}/en/briefings/x`);
    const html = renderToStaticMarkup(
      <c.Timeline title="The road to approval">
        <c.Event date="2026-01">A.</c.Event>
      </c.Timeline>,
    );
    expect(html.startsWith('<section><h2>The road to approval</h2><ol>')).toBe(true);
  });

  it('makes relative links and images absolute', async () => {
    const { feedComponents } = await import('./FeedBody');
    const { renderToStaticMarkup } = await import('react-dom/server');
    const c = feedComponents('en', labels.en!, base, `${base}/en/briefings/x`);
    expect(renderToStaticMarkup(<c.a href="/en/topics/china">China</c.a>)).toBe(`<a href="${base}/en/topics/china">China</a>`);
    expect(renderToStaticMarkup(<c.a href="#what">What</c.a>)).toBe(`<a href="${base}/en/briefings/x#what">What</a>`);
    expect(renderToStaticMarkup(<c.Figure src="/images/a.png" alt="A" />)).toContain(`src="${base}/images/a.png"`);
  });
});

describe('one set of components for pages and feeds', () => {
  it('renders the page markup and the feed markup of a body from the same components, the feed without classes, hidden text or relative URLs', async () => {
    const { evaluate } = await import('@mdx-js/mdx');
    const runtime = await import('react/jsx-runtime');
    const { mdxComponents } = await import('../mdx');
    const { default: Body } = await evaluate('<Figure src="/images/a.png" alt="A board" credit="Reuters" />\n\n<Callout title="Why it matters">Text.</Callout>', {
      ...runtime,
      baseUrl: import.meta.url,
    });
    const page = renderToStaticMarkup(<Body components={mdxComponents({ locale: 'en', labels: labels.en!, variant: 'page', url: (h) => h })} />);
    const feed = renderStatic(<Body components={feedComponents('en', labels.en!, base, `${base}/en/briefings/x`)} />);
    expect(page).toContain('<figure class="figure"><img src="/images/a.png" alt="A board" loading="lazy" decoding="async"/>');
    expect(page).toContain('<p class="callout-title">Why it matters</p>');
    expect(feed).toContain(`<figure><img src="${base}/images/a.png" alt="A board"/><figcaption><span> <bdi>Reuters</bdi></span></figcaption></figure>`);
    expect(feed).toContain('<aside><p><strong>Why it matters</strong></p>');
    // Same words in both: the feed is the page's body, not a copy of it.
    const text = (html: string) => html.replace(/<[^>]+>/g, '');
    expect(text(feed)).toBe(text(page));
  });
});

describe('the feed components under renderStatic', () => {
  it.each(allBriefings.map((b) => [b._id, b] as const))('render %s exactly as React would', (_id, b) => {
    const Body = getMDXComponent(b.body.code);
    const components = feedComponents(b.locale as (typeof locales)[number], labels.en!, base, `${base}/x`);
    const tree = <Body components={components} />;
    expect(renderStatic(tree)).toBe(renderToStaticMarkup(tree));
  });
});
