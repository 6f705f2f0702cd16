import { fileURLToPath } from 'node:url';
import createNextIntlPlugin from 'next-intl/plugin';
import { LOCALE_PATTERN } from './lib/http/cache-policy.mjs';
import { headerRules, isHttpsSite, readLiveTable } from './lib/http/header-rules.mjs';
import { rendererFingerprint } from './lib/og/renderer-fingerprint.mjs';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm test` type-checks the whole project first (tsc --noEmit, with the
  // tests and scripts the build never sees); checking again in every build
  // cost 13.8 s of a 31.6 s build. CI runs the tests before anything lands.
  // (Next 16's build runs no linter either: `npm run lint` is ESLint, in `npm test`.)
  typescript: { ignoreBuildErrors: true },
  // Share images drawn by an earlier build are kept while what draws them
  // is unchanged (lib/og/build-cache.ts).
  env: { MAWJAZ_OG_RENDERER: rendererFingerprint(fileURLToPath(new URL('.', import.meta.url))) },
  // Rendered pages and route responses: Next's file-system cache on one
  // machine, a Redis shared by every replica when REDIS_URL is set at start
  // (see the file, and DEPLOY.md).
  cacheHandler: fileURLToPath(new URL('./lib/http/cache-handler.mjs', import.meta.url)),
  // Read at run time, so shipped with the server: the content index and each
  // briefing's generated file (lib/content/build-files.ts), the search index
  // (lib/search/site-search.ts), and the sources of the long tail, which the
  // briefing route compiles on a briefing's first request (lib/content/build-files.ts,
  // sourceFile): in the route's trace, every traced deployment (standalone,
  // Vercel) can render them. Keys are globs matched against the route, so a
  // route's brackets are escaped (Next's documented form; unescaped, the
  // Turbopack build matched nothing and traced no source).
  // tests/e2e/next-start.test.ts reads the trace.
  outputFileTracingIncludes: {
    '/**': ['./.contentlayer/generated/**/*.json', './.contentlayer/mawjaz/**/*.json'],
    '/\\[locale\\]/briefings/\\[slug\\]': ['./content/briefings/**/*.mdx'],
    '/[locale]/search': ['./.search/*.json'],
  },
  // A self-contained server in .next/standalone (server.js plus the traced
  // node_modules), which the Dockerfile copies; see DEPLOY.md.
  output: 'standalone',
  images: {
    // Lead images live in public/images/. Next 16 optimizes only the local
    // paths listed here (no query strings); https:// images are shown
    // unoptimized by components/briefing/LeadImage.tsx.
    localPatterns: [{ pathname: '/images/**', search: '' }],
  },
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
      beforeFiles: [
        // /{locale}/not-found-view exists only to be prerendered into the 404
        // document (lib/http/not-found-document.ts reads its HTML from the build);
        // asked for directly, it is an unknown URL like any other.
        { source: `/:locale(${LOCALE_PATTERN})/not-found-view`, destination: '/:locale/missing' },
        // The icon iOS asks for when a page names none; Next's file convention
        // serves app/apple-icon.png at /apple-icon.png and links it.
        { source: '/apple-touch-icon.png', destination: '/apple-icon.png' },
        // A day's Daily Brief as plain text: a route handler cannot sit beside
        // the edition page's [day] segment, so `.txt` is served from its own.
        { source: `/:locale(${LOCALE_PATTERN})/digest/:day(\\d{4}-\\d{2}-\\d{2}).txt`, destination: '/:locale/digest/text/:day' },
      ],
      // Unknown paths outside the locales that the proxy lets through (a
      // last segment with a dot: /.env, /wp-login.php, /feed.xml) would
      // reach the `[locale]` route, whose notFound() Next answers with its
      // error shell: a blank page without the client runtime. They get the
      // site-wide 404 in every language instead (app/not-found.tsx,
      // prerendered; app/[locale]/missing/route.ts). afterFiles rewrites run
      // after public/ files and static routes (robots.txt, icons…) and
      // before dynamic routes; /sitemaps/ is the one dynamic route outside
      // the locales. A lite page's internal spelling (`/lite-ar/…`, the
      // proxy's rewrite of `/lite/ar/…`, lib/routing/lite.ts) is a locale's.
      afterFiles: [
        {
          source: `/:path((?!(?:${LOCALE_PATTERN}|lite-(?:${LOCALE_PATTERN}))(?:/|$)|_next/|sitemaps/).+)`,
          destination: `/${LOCALE_PATTERN.split('|')[0]}/missing?unlocalized=1`,
        },
      ],
      // Unknown paths under a locale get its prerendered, localized 404
      // (see app/[locale]/missing/route.ts). Fallback rewrites run only when
      // no page or static param matched. Unknown locales never get here: the
      // proxy redirects them under the default locale first.
      // 404 path: next.config.mjs (fallback rewrite) → app/[locale]/missing/route.ts → lib/http/not-found-document.ts → app/[locale]/not-found-view/page.tsx → components/layouts/NotFoundView.tsx; app/[locale]/not-found.tsx for notFound() in a page.
      fallback: [{ source: '/:locale([a-z]{2})/:path*', destination: '/:locale/missing' }],
    };
  },
  async headers() {
    // Security headers on every response, Cache-Control by kind of response,
    // and the language switcher's cookie: lib/http/header-rules.mjs. `next
    // dev` sets NODE_ENV to development: the preview gets a policy Next's
    // dev runtime and error overlay work under, and no cache rules.
    return headerRules({
      https: isHttpsSite(process.env),
      dev: process.env.NODE_ENV === 'development',
      // The build's live briefings: cached 30 s at most (lib/http/cache-policy.mjs `live`).
      live: readLiveTable(fileURLToPath(new URL('.', import.meta.url))),
    });
  },
};

export default withNextIntl(nextConfig);
