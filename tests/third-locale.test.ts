import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

/**
 * "Adding a language is one row", proved the way Astro Starlight proves its
 * i18n: a fixture configuration (tests/fixtures/three-locales/) whose locale
 * table is the shipped one plus Persian, a right-to-left language, and a
 * content folder with briefings in all three. Every module below reads the
 * mocked table; none of them was changed for Persian.
 */
vi.mock('@/i18n/locales', () => import('@/tests/fixtures/three-locales/locales'));
vi.mock('@/lib/content/build-files', () => import('@/tests/fixtures/three-locales/store'));
// A messages file is one of the steps that remain (see i18n/locales.ts):
// the fixture's Persian borrows the English strings and its own site name.
vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('next-intl');
  const en = (await import('@/messages/en.json')).default;
  const ar = (await import('@/messages/ar.json')).default;
  const fa = { ...en, Site: { ...en.Site, name: 'موجز' } };
  const all = { ar, en, fa } as Record<string, typeof en>;
  return {
    getTranslations: async ({ locale, namespace }: { locale: string; namespace?: string }) => createTranslator({ locale: locale as 'en', messages: all[locale]!, namespace: namespace as never }),
  };
});

const { locales, localeInfo, isLocale } = await import('@/i18n/locales');
const { routing } = await import('@/i18n/routing');
const { getBriefing, getTopicPages } = await import('@/lib/content');
const { pageAlternates } = await import('@/lib/routing/page-alternates');
const { localeParam } = await import('@/lib/routing/page-params');
const { languageMap } = await import('@/lib/seo/hreflang');
const { sitePages } = await import('@/lib/seo/site-pages');
const { sitemapEntries } = await import('@/lib/seo/sitemap');
const { feedInput, localeFeedParams, topicFeedParams } = await import('@/lib/feeds/feed-route');
const { renderFeed } = await import('@/lib/feeds/feeds');
const { fontStackSpecs } = await import('@/lib/og/fonts');
const { brandLine } = await import('@/lib/og/share-card');
const { siteNameTable } = await import('@/lib/site/identity');
const { runContentCheck, runContentStatus } = await import('@/lib/content/editors/cli');

/** Persian, typed as a locale: TypeScript only knows the shipped table. */
const FA = 'fa' as string as (typeof locales)[number];
const BASE = 'https://mawjaz.example';
const FIXTURE = 'tests/fixtures/three-locales';
const SLUG = 'fixture-in-three-languages';
const renderBody = () => '<p>body</p>';

describe('a third locale, added as one row of the table', () => {
  it('is a locale of the site and of next-intl’s routing, written right to left (derived from its tag)', () => {
    expect(locales).toEqual(['ar', 'en', 'fa']);
    expect(routing.locales).toEqual(['ar', 'en', 'fa']);
    expect(isLocale('fa')).toBe(true);
    expect(localeParam('fa')).toEqual({ locale: FA, lite: false });
    expect(localeInfo(FA).dir).toBe('rtl');
  });

  it('gets its own twin in every alternate of a briefing translated into it, and in the switcher of every page', () => {
    const briefing = getBriefing('en', SLUG)!;
    expect(pageAlternates.briefing(briefing)).toContainEqual({ locale: 'fa', href: `/fa/briefings/${SLUG}`, available: true });
    expect(pageAlternates.home().map((a) => a.href)).toEqual(['/ar', '/en', '/fa']);
  });

  it('is in the hreflang set of pages that exist in it, and not in those that do not', () => {
    expect(languageMap(pageAlternates.briefing(getBriefing('ar', SLUG)!), BASE)[FA]).toBe(`${BASE}/fa/briefings/${SLUG}`);
    expect(languageMap(pageAlternates.briefing(getBriefing(FA, 'fixture-only-in-persian')!), BASE)).toEqual({});
  });

  it('has its pages in the sitemap, with the xhtml:link alternates of each', () => {
    const entries = sitemapEntries(sitePages(), BASE);
    const urls = entries.map((e) => e.url);
    expect(urls).toEqual(expect.arrayContaining([`${BASE}/fa`, `${BASE}/fa/topics`, `${BASE}/fa/topics/energy`, `${BASE}/fa/briefings/fixture-only-in-persian`]));
    const twin = entries.find((e) => e.url === `${BASE}/en/briefings/${SLUG}`);
    expect(Object.keys(twin?.alternates?.languages ?? {}).sort()).toEqual(['ar', 'en', 'fa', 'x-default']);
  });

  it('has feeds of its own, per language and per topic it has briefings on', async () => {
    expect(localeFeedParams()).toContainEqual({ locale: FA });
    expect(topicFeedParams()).toContainEqual({ locale: FA, topic: 'energy' });
    expect(
      getTopicPages()
        .filter((p) => p.locale === FA)
        .map((p) => p.topic.id),
    ).toEqual(['trade', 'energy']);
    const feed = await feedInput({ locale: FA }, renderBody);
    expect(feed?.items.map((i) => i.url)).toEqual([`http://localhost:3000/fa/briefings/fixture-only-in-persian`, `http://localhost:3000/fa/briefings/${SLUG}`]);
    expect(renderFeed(feed!, 'rss')).toContain('<language>fa</language>');
  });

  it('gets the Arabic-script fonts and its name first on share cards', async () => {
    expect(fontStackSpecs(FA, 700)[0]?.key).toBe('og-naskh-700');
    expect(brandLine(await siteNameTable(), FA)).toBe('موجز · Mawjaz');
  });
});

describe('the editors’ tools with a third locale', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const copy = () => {
    const dir = mkdtempSync(join(tmpdir(), 'mawjaz-three-'));
    dirs.push(dir);
    cpSync(join(FIXTURE, 'content'), join(dir, 'content'), { recursive: true });
    return dir;
  };

  it('checks content/briefings/fa/, passes the fixture and names the translations a Persian-only briefing lacks', () => {
    const result = runContentCheck(['--root', FIXTURE, '--today', '2026-11-28', '--format', 'json'], { cwd: process.cwd() });
    expect(result.code).toBe(0);
    const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: { file: string; rule: string; severity: string }[] };
    expect(diagnostics.map((d) => [d.file, d.rule, d.severity])).toEqual([
      ['content/briefings/fa/fixture-only-in-persian.mdx', 'translation', 'warning'],
      ['content/briefings/fa/fixture-only-in-persian.mdx', 'translation', 'warning'],
    ]);
  });

  it('asks for the Persian label of every topic', () => {
    const dir = copy();
    writeFileSync(join(dir, 'content/topics.yaml'), 'topics:\n  - id: trade\n    label:\n      ar: التجارة\n      en: Trade\n');
    const result = runContentCheck(['--root', dir, '--today', '2026-11-28', '--format', 'json'], { cwd: process.cwd() });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('"fa"');
  });

  it('lists Persian in the status of every slug', () => {
    const result = runContentStatus(['--root', FIXTURE, '--today', '2026-11-28', '--format', 'json'], { cwd: process.cwd() });
    const rows = (JSON.parse(result.stdout) as { briefings: { slug: string; locales: Record<string, { state: string }> }[] }).briefings;
    const twin = rows.find((r) => r.slug === SLUG);
    expect(Object.keys(twin?.locales ?? {})).toEqual(['ar', 'en', 'fa']);
    expect(rows.find((r) => r.slug === 'fixture-only-in-persian')?.locales).toMatchObject({ ar: { state: 'missing' }, fa: { state: 'published' } });
  });
});
