import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { locales } from '../../i18n/locales';
import { loadPageBytes, readChunkOwners, readClientManifests, type PageBytes } from '../../scripts/bench/bytes';
import { launchChromium } from '../../scripts/support/chromium';
import { LEAD } from '../support/fixture-site';

/**
 * Issue 13, part 3: deterministic guards of the performance budgets (no
 * timings; `npm run bench` measures those). They inspect the e2e build and
 * fail when
 *   - a page gains a client component that is not on the allow-list,
 *   - the lead fixture briefing's JS, CSS or font bytes grow past their ceilings,
 *   - a route that should be prerendered becomes dynamic.
 */
const baseURL = inject('baseURL');
const BUILD = inject('siteDir');
const LEAD_SLUG = LEAD.slug;

// ------------------------------------------------------------------ client components

/**
 * Client modules a page may ship beyond Next's and React's own (layout
 * router, error boundaries…). Today there is none: every component of ours
 * renders on the server, and the build takes Next's client runtime out of
 * every page (lib/html/). Adding one here is a decision: say why beside it,
 * and keep its page's runtime.
 */
const CLIENT_ALLOW_LIST: string[] = [];

/** Next's and React's own client modules, present in every App Router page. */
const FRAMEWORK = /^(\[project\]\/)?node_modules\/(next|react|react-dom|scheduler)\//;

describe('client components', () => {
  const manifests = existsSync(join(BUILD, '.next', 'server', 'app')) ? readClientManifests(BUILD) : {};
  const entries = Object.entries(manifests);

  it('the build has a client reference manifest for every page', () => {
    // If Next renames or moves the manifests, this guard must not pass by reading nothing.
    const pages = entries.filter(([name]) => name.endsWith('/page'));
    expect(pages.map(([name]) => name)).toEqual(expect.arrayContaining(['/[locale]/page', '/[locale]/briefings/[slug]/page']));
    for (const [, m] of pages) expect(Object.keys(m.clientModules).length).toBeGreaterThan(0);
  });

  it('no page or route ships a client component that is not on the allow-list', () => {
    const found = entries.flatMap(([entry, m]) =>
      Object.keys(m.clientModules)
        .map((module) => module.replace(/^\[project\]\//, ''))
        .filter((module) => !FRAMEWORK.test(module) && !CLIENT_ALLOW_LIST.includes(module))
        .map((module) => `${entry}: ${module}`),
    );
    expect(found.join('\n'), 'new client components: add them to CLIENT_ALLOW_LIST with the reason, or keep them on the server').toBe('');
  });
});

// ------------------------------------------------------------------ bytes

/**
 * Ceilings for the lead fixture briefing (a copy of a real briefing's size and parts), encoded bytes as Chromium loads them from
 * `npm start` (lib/serve/: the build's Brotli file, no client runtime), per
 * language. JavaScript: none; the build takes Next's runtime out of every
 * page, and a page that loads a script again fails here. CSS:
 * today's 3.9 kB (Brotli) with a little headroom. Fonts and the whole page:
 * issue 13's budgets, 60 kB (54.1 kB since the faces are subset) and 200 kB.
 */
const CEILINGS = { css: 5_500, font: 60_000, total: 200_000 };

describe('bytes of the lead fixture briefing', () => {
  let browser: Browser;
  const measured = new Map<string, PageBytes>();

  beforeAll(async () => {
    browser = await launchChromium();
    const owners = readChunkOwners(BUILD);
    for (const locale of locales) {
      measured.set(locale, await loadPageBytes(browser, `${baseURL}/${locale}/briefings/${LEAD_SLUG}`, owners));
    }
  });
  afterAll(async () => {
    await browser?.close();
  });

  const list = (page: PageBytes, kind: string) =>
    page.resources
      .filter((r) => r.kind.startsWith(kind))
      .map((r) => `${r.url.replace(baseURL, '')} ${r.bytes}`)
      .join(', ');

  it.each(locales)('/%s loads no JavaScript', (locale) => {
    const page = measured.get(locale)!;
    expect(page.byKind['js-framework'] + page.byKind['js-ours'], `scripts of /${locale}/briefings/${LEAD_SLUG}: ${list(page, 'js')}`).toBe(0);
  });

  it.each(locales.flatMap((locale) => (['css', 'font'] as const).map((kind) => [locale, kind] as const)))('/%s: %s within its ceiling', (locale, kind) => {
    const page = measured.get(locale)!;
    // A page that loads none of a kind would pass any ceiling: make sure the measure saw it.
    expect(page.byKind[kind], `${kind} bytes of /${locale}/briefings/${LEAD_SLUG}`).toBeGreaterThan(0);
    expect(page.byKind[kind], `${kind} bytes of /${locale}/briefings/${LEAD_SLUG}: ${list(page, kind)}`).toBeLessThanOrEqual(CEILINGS[kind]);
  });

  // Issue 21: the English page drew the wordmark موجز and the switcher's
  // العربية with the whole Naskh subset (32 kB, 63 kB in all); a face of
  // those letters only (app/fonts.ts, arabicMasthead) keeps it under 45 kB.
  it('/en: the whole page within 45 kB, without the Arabic text face', () => {
    const page = measured.get('en')!;
    expect(page.resources.filter((r) => r.kind === 'font' && /naskh_arabic_subset/.test(r.url)).map((r) => r.url)).toEqual([]);
    expect(page.total, list(page, '')).toBeLessThanOrEqual(45_000);
  });

  it.each(locales)('/%s: the whole page within 200 kB', (locale) => {
    const page = measured.get(locale)!;
    expect(page.byKind.html).toBeGreaterThan(0);
    expect(page.total, list(page, '')).toBeLessThanOrEqual(CEILINGS.total);
  });
});

// ------------------------------------------------------------------ static routes

type PrerenderManifest = {
  routes: Record<string, { srcRoute?: string | null }>;
  dynamicRoutes: Record<string, unknown>;
};

/**
 * Routes rendered on request by design: the localized 404 rewrite target,
 * search (per query), and the newsletter's page (a signed token in its
 * query) and form handlers (POST), and the IndexNow key file (the key is
 * the server's).
 */
const DYNAMIC_BY_DESIGN = [
  '/[locale]/missing',
  '/[locale]/search',
  '/[locale]/newsletter',
  '/[locale]/newsletter/subscribe',
  '/[locale]/newsletter/confirm',
  '/[locale]/newsletter/unsubscribe',
  '/[locale]/newsletter/language',
  '/indexnow.txt',
];

/** Every other route of the app: prerendered at build time (SSG, or ISR once the long tail has it). */
const EXPECTED_STATIC = [
  '/_not-found',
  '/_global-error',
  '/[locale]',
  '/[locale]/archive/[page]',
  // A live briefing's later pages of updates, and its own feed.
  '/[locale]/briefings/[slug]/updates/[page]',
  '/[locale]/briefings/[slug]/atom.xml',
  '/[locale]/authors/[id]',
  '/[locale]/corrections',
  '/[locale]/digest',
  '/[locale]/digest/[day]',
  '/[locale]/digest/text/[day]',
  '/[locale]/digest/atom.xml',
  '/[locale]/digest/feed.json',
  '/[locale]/digest/feed.xml',
  '/[locale]/pages/[slug]',
  '/[locale]/atom.xml',
  '/[locale]/feed.json',
  '/[locale]/feed.xml',
  '/[locale]/briefings/[slug]',
  '/[locale]/briefings/[slug]/share-image/[id]',
  '/[locale]/not-found-view',
  '/[locale]/share-image/[id]',
  '/[locale]/topics',
  '/[locale]/topics/[topic]',
  '/[locale]/topics/[topic]/[page]',
  '/[locale]/topics/[topic]/atom.xml',
  '/[locale]/topics/[topic]/feed.json',
  '/[locale]/topics/[topic]/feed.xml',
  '/[locale]/topics/[topic]/share-image/[id]',
  '/apple-icon.png',
  '/favicon.ico',
  '/icon.png',
  '/manifest.webmanifest',
  '/news-sitemap.xml',
  '/robots.txt',
  '/sitemap.xml',
  // Parts of a sitemap past the protocol's limits: none while it fits one file.
  '/sitemaps/[file]',
];

describe('static routes stay static', () => {
  const read = <T>(file: string) => JSON.parse(readFileSync(join(BUILD, '.next', file), 'utf8')) as T;
  const prerender = read<PrerenderManifest>('prerender-manifest.json');
  const appRoutes = Object.values(read<Record<string, string>>('app-path-routes-manifest.json'));
  /** A route is prerendered when the build wrote a page for it, or lists it with its static params (fallback: false or ISR). */
  const prerendered = (route: string) => route in prerender.routes || route in prerender.dynamicRoutes || Object.values(prerender.routes).some((r) => r.srcRoute === route);

  it.each(EXPECTED_STATIC)('%s is prerendered', (route) => {
    expect(appRoutes, `${route} is no longer a route of the app: update EXPECTED_STATIC`).toContain(route);
    expect(prerendered(route), `${route} became dynamic (ƒ): something in it reads the request (cookies, headers, searchParams) or lost generateStaticParams/setRequestLocale`).toBe(true);
  });

  it('every route of the app is either expected static or dynamic by design', () => {
    const unknown = appRoutes.filter((r) => !EXPECTED_STATIC.includes(r) && !DYNAMIC_BY_DESIGN.includes(r));
    expect(unknown, 'a new route: add it to EXPECTED_STATIC (or, if it must render per request, DYNAMIC_BY_DESIGN)').toEqual([]);
  });

  it.each(locales.flatMap((l) => [`/${l}`, `/${l}/briefings/${LEAD_SLUG}`, `/${l}/topics`, `/${l}/feed.xml`]).concat(['/sitemap.xml', '/robots.txt']))('%s was written at build time', (path) => {
    expect(Object.keys(prerender.routes)).toContain(path);
  });
});
