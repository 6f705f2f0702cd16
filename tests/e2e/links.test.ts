import { describe, expect, inject, it } from 'vitest';
import { locales } from '../../i18n/locales';

/**
 * Every internal link of the site works: a crawl from the homes that
 * follows each same-origin href and src (pages, feeds, share images, fonts,
 * scripts), the way a link checker such as linkinator does, and fails on
 * any answer of 400 or more. Search result pages are followed once (the
 * masthead form is a GET form, not a link).
 */
const baseURL = inject('baseURL');

const LINK = /\s(?:href|src)="([^"#]+)(?:#[^"]*)?"/g;
/** Pages we read for more links; everything else is only fetched. */
const isPage = (path: string) => !/\.(?:xml|json|png|ico|jpg|woff2?|js|css|txt|webmanifest)$/.test(path.split('?')[0]!);

async function crawl(start: string[], limit = 2_000) {
  const seen = new Map<string, number>();
  const from = new Map<string, string>();
  const queue = [...start];
  while (queue.length && seen.size < limit) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    const res = await fetch(`${baseURL}${path}`, { redirect: 'manual' });
    seen.set(path, res.status);
    const location = res.headers.get('location');
    if (location && location.startsWith('/') && !seen.has(location)) {
      queue.push(location);
      from.set(location, path);
    }
    if (!isPage(path) || !(res.headers.get('content-type') ?? '').includes('text/html')) continue;
    const html = await res.text();
    for (const m of html.matchAll(LINK)) {
      const raw = m[1]!.replaceAll('&amp;', '&');
      let url: URL;
      try {
        url = new URL(raw, `${baseURL}${path}`);
      } catch {
        continue;
      }
      if (url.origin !== baseURL) continue;
      const next = `${url.pathname}${url.search}`;
      if (!seen.has(next) && !queue.includes(next)) {
        queue.push(next);
        from.set(next, path);
      }
    }
  }
  return { seen, from };
}

describe('internal links', () => {
  it('all answer below 400, from every page reached from the homes', async () => {
    const { seen, from } = await crawl(locales.map((l) => `/${l}`));
    const broken = [...seen].filter(([, status]) => status >= 400).map(([path, status]) => `${status} ${path} (linked from ${from.get(path)})`);
    expect(seen.size).toBeGreaterThan(50);
    expect(broken).toEqual([]);
    console.log(`links: ${seen.size} URLs checked, ${broken.length} broken`);
  }, 240_000);
});
