/**
 * The public origin of the site. Every absolute URL (canonical, hreflang,
 * Open Graph, JSON-LD, feeds, the sitemap) is built from it. Set
 * NEXT_PUBLIC_SITE_URL (or SITE_URL) at build time: pages, feeds and the
 * sitemap are prerendered, so the value of the build is the one served.
 */
export const DEFAULT_SITE_URL = 'http://localhost:3000';

/**
 * The environment the site URL is read from. Written out as
 * `process.env.NEXT_PUBLIC_SITE_URL` on purpose: Next replaces that exact
 * expression with the build's value in the server bundle too, so a page
 * rendered on its first request (an older briefing, a later archive page)
 * gets the same URLs as a prerendered one, even when the server is started
 * without the variable. Reading `process.env[name]` would see only the
 * server's environment.
 */
const buildEnv = () => ({ NEXT_PUBLIC_SITE_URL: process.env.NEXT_PUBLIC_SITE_URL, SITE_URL: process.env.SITE_URL });

/** The origin with no trailing slash, e.g. `https://mawjaz.example`. */
export function siteUrl(env: Record<string, string | undefined> = buildEnv()): string {
  const raw = (env.NEXT_PUBLIC_SITE_URL || env.SITE_URL || DEFAULT_SITE_URL).trim();
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`NEXT_PUBLIC_SITE_URL / SITE_URL is not a URL: "${raw}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`NEXT_PUBLIC_SITE_URL / SITE_URL must be http(s): "${raw}"`);
  }
  // A sub-path deployment (https://example.com/news) keeps its path.
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** An absolute URL for a site path (`/ar/briefings/x`). */
export function absoluteUrl(path: string, base: string = siteUrl()): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return path;
  return `${base}${path.startsWith('/') ? '' : '/'}${path}`;
}
