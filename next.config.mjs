import { fileURLToPath } from 'node:url';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // The search index is read at run time (lib/search/site-search.ts): ship it with the server.
  outputFileTracingIncludes: { '/[locale]/search': ['./.search/*.json'] },
  poweredByHeader: false,
  // `npm test` type-checks the whole project first (tsc --noEmit, with the
  // tests and scripts the build never sees); checking again in every build
  // cost 13.8 s of a 31.6 s build. CI runs the tests before anything lands.
  typescript: { ignoreBuildErrors: true },
  // Rendered pages and route responses: Next's file-system cache on one
  // machine, a Redis shared by every replica when REDIS_URL is set at start
  // (see the file, and DEPLOY.md).
  cacheHandler: fileURLToPath(new URL('./lib/http/cache-handler.mjs', import.meta.url)),
  // The pages read the content index and each briefing's generated file at
  // run time (lib/content/store.ts): ship them with the server.
  outputFileTracingIncludes: { '/**': ['./.contentlayer/generated/**/*.json', './.contentlayer/mawjaz/**/*.json'] },
  // contentlayer2's `withContentlayer` only hooks into webpack and does
  // nothing under Turbopack, so `npm run build` runs `contentlayer2 build`
  // first (timlrx/contentlayer2#60).
  async redirects() {
    // Page 1 of the archive is the home page, and page 1 of a topic is the
    // topic page: send hand-typed or old links to the one canonical URL.
    return [
      { source: '/:locale([a-z]{2})/archive/1', destination: '/:locale', permanent: true },
      { source: '/:locale([a-z]{2})/topics/:topic/1', destination: '/:locale/topics/:topic', permanent: true },
    ];
  },
  async rewrites() {
    return {
      // Unknown paths under a locale get its prerendered, localized 404
      // (see app/[locale]/missing/route.ts). Fallback rewrites run only when
      // no page or static param matched. Unknown locales never get here: the
      // proxy redirects them under the default locale first.
      // 404 path: next.config.mjs (fallback rewrite) → app/[locale]/missing/route.ts → lib/http/not-found-document.ts → app/[locale]/not-found-view/page.tsx → components/layouts/NotFoundView.tsx; app/[locale]/not-found.tsx for notFound() in a page.
      fallback: [{ source: '/:locale([a-z]{2})/:path*', destination: '/:locale/missing' }],
    };
  },
  async headers() {
    return [
      {
        // Search pages are dynamic (ƒ): Next would send `private, no-store`.
        // Results change only with a build, so a CDN may keep a query's page
        // for a minute and serve it stale while refetching. X-Robots-Tag
        // repeats the page's robots meta for non-HTML-aware caches and bots.
        source: '/:locale([a-z]{2})/search',
        // Not with the switcher's `?hl=`: that response sets a cookie, which no shared cache should keep.
        missing: [{ type: 'query', key: 'hl' }],
        headers: [
          { key: 'Cache-Control', value: 'public, max-age=0, s-maxage=60, stale-while-revalidate=300' },
          { key: 'X-Robots-Tag', value: 'noindex' },
        ],
      },
      {
        // The language switcher's links carry `?hl=<locale>`; remembering the
        // reader's choice here keeps the proxy off every page (it only runs on
        // `/` and unprefixed paths), which is what keeps pages fast.
        source: '/:locale([a-z]{2})/:path*',
        has: [{ type: 'query', key: 'hl' }],
        headers: [{ key: 'Set-Cookie', value: 'NEXT_LOCALE=:locale; Path=/; Max-Age=31536000; SameSite=Lax' }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
