import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
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
      // The icon iOS asks for when a page names none; Next's file convention
      // serves app/apple-icon.png at /apple-icon.png and links it.
      beforeFiles: [{ source: '/apple-touch-icon.png', destination: '/apple-icon.png' }],
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
