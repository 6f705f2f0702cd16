import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../i18n/locales';
import { parseFrontmatter } from '../../lib/content/frontmatter';
import { projectCopy, type ProjectCopy } from '../../scripts/support/project-copy';
import { startNext } from '../support/start-next';

/**
 * The one test of the REAL content/: it builds (as `npm run build` does)
 * and serves. Every other end-to-end test runs on the fixture site
 * (tests/support/fixture-site.ts), so renaming or rewriting a briefing
 * breaks nothing there; this file reads the briefings it checks from
 * content/ at run time, so it names none either.
 */
type RealBriefing = { locale: string; slug: string; title: string; draft: boolean; date: string };

function realBriefings(): RealBriefing[] {
  return locales.flatMap((locale) =>
    readdirSync(join('content/briefings', locale))
      .filter((f) => f.endsWith('.mdx'))
      .map((file) => {
        const data = parseFrontmatter(readFileSync(join('content/briefings', locale, file), 'utf8'))?.data ?? {};
        return { locale, slug: file.replace(/\.mdx$/, ''), title: String(data.title), draft: data.draft === true, date: String(data.date) };
      }),
  );
}

let copy: ProjectCopy;
let server: Awaited<ReturnType<typeof startNext>>;
const now = new Date().toISOString();
const briefings = realBriefings().filter((b) => !b.draft && b.date <= now);
const get = (path: string) => fetch(`${server.baseURL}${path}`, { redirect: 'manual' });
const unescape = (html: string) =>
  html
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

beforeAll(async () => {
  copy = projectCopy({ under: '.e2e', name: 'real' });
  execFileSync('npm', ['run', 'build'], { cwd: copy.dir, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', MAWJAZ_PRERENDER_NEWEST: '1' } });
  server = await startNext(copy.dir);
}, 300_000);

afterAll(async () => {
  await server?.stop();
  copy?.remove();
});

describe('the real content, built and served', () => {
  it('has published briefings in every language', () => {
    for (const locale of locales) expect(briefings.filter((b) => b.locale === locale).length, locale).toBeGreaterThan(0);
  });

  it.each(locales)('/%s lists its newest briefing', async (locale) => {
    const res = await get(`/${locale}`);
    expect(res.status).toBe(200);
    const newest = briefings.filter((b) => b.locale === locale).sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug))[0]!;
    expect(await res.text()).toContain(`href="/${locale}/briefings/${newest.slug}"`);
  });

  it('serves every published briefing with its title, prerendered or from the long tail', async () => {
    for (const b of briefings) {
      const res = await get(`/${b.locale}/briefings/${b.slug}`);
      expect(res.status, `${b.locale}/${b.slug}`).toBe(200);
      expect(unescape(await res.text()), `${b.locale}/${b.slug}`).toContain(b.title);
    }
  });

  it('lists every published briefing in the sitemap, and serves the feeds and the newsroom pages', async () => {
    const sitemap = await (await get('/sitemap.xml')).text();
    for (const b of briefings) expect(sitemap).toContain(`/${b.locale}/briefings/${b.slug}</loc>`);
    for (const locale of locales) {
      for (const path of ['feed.xml', 'atom.xml', 'feed.json', 'topics', 'pages/about', 'corrections']) {
        expect((await get(`/${locale}/${path}`)).status, `/${locale}/${path}`).toBe(200);
      }
    }
  });

  it.each(locales)('/%s/briefings/no-such-briefing is the localized 404', async (locale) => {
    const res = await get(`/${locale}/briefings/no-such-briefing`);
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain(`lang="${locale}"`);
    expect(html).toContain('class="page-title"');
  });
});
