// @ts-check
/**
 * Security headers for every response, set from next.config.mjs (plain
 * ESM, see cache-policy.mjs for why).
 *
 * The Content-Security-Policy is static, so pages stay prerendered. Pages
 * carry no script but JSON-LD, which browsers never run: Next's client
 * runtime is taken out of every prerendered page at build time
 * (scripts/strip-pages.ts) and of every page rendered on demand when the
 * cache handler stores it (lib/http/cache-handler.mjs), both with
 * lib/html/strip-runtime.mjs, which refuses a page with an inline event
 * handler or a script of any other kind. So production runs no script at
 * all: `script-src 'none'` (and `worker-src 'none'`). DEPLOY.md says which
 * deployment paths strip the runtime; where one does not (Vercel's own cache
 * of on-demand pages), the page still shows its server-rendered text and
 * the browser refuses the scripts.
 */

/**
 * @param {{ https: boolean }} options `https`: the site is served over HTTPS
 *   (the build's NEXT_PUBLIC_SITE_URL). Only then does the policy upgrade
 *   subresource requests, which would break a plain-http deployment or a
 *   local `next start`.
 * @returns {string}
 */
export function contentSecurityPolicy({ https }) {
  const directives = [
    "default-src 'self'",
    "script-src 'none'",
    "style-src 'self'",
    // Style sheets from the site only; a style attribute is allowed, because
    // the root element carries the page's font stack as a custom property
    // (lib/fonts/stack.ts: the faces' generated names are known only to the
    // build) and next/image sets one on images. Attributes cannot load
    // anything, unlike an injected <style> element, which stays blocked.
    "style-src-attr 'unsafe-inline'",
    // Editors may place an image by https:// address (lib/content/check/nested-rules.ts),
    // so images from any HTTPS origin load; data: for tiny inline images.
    "img-src 'self' data: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (https) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

/**
 * The policy of `npm run dev` (next.config.mjs picks it when NODE_ENV is
 * `development`). Next's dev runtime needs what production refuses: webpack's
 * dev modules and React's dev call stacks run through eval, the error
 * overlay injects <style> elements, and hot reloading talks over a
 * WebSocket. Under the production policy the overlay could not draw, and a
 * broken page was a blank one. Still nothing from other origins but
 * images, as in production.
 *
 * @returns {string}
 */
export function devContentSecurityPolicy() {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    "connect-src 'self' ws: wss:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Features the site never uses, switched off for it and for anything it
 * embeds. interest-cohort (FLoC, gone from Chromium) is kept for browsers
 * that still read it; Chromium ignores it without a console message
 * (tests/e2e/browser-audit.test.ts listens for any).
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'interest-cohort=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
].join(', ');

/**
 * @param {{ https: boolean, dev?: boolean }} options `dev`: `npm run dev`'s
 *   policy (devContentSecurityPolicy) instead of production's.
 * @returns {{ key: string, value: string }[]} lower-case keys: Next merges
 *   these with the proxy's headers in a plain object, where `Cache-Control`
 *   and `cache-control` would be two entries.
 */
export function securityHeaders({ https, dev = false }) {
  return [
    { key: 'content-security-policy', value: dev ? devContentSecurityPolicy() : contentSecurityPolicy({ https }) },
    // Browsers ignore HSTS on plain http, so it is always sent. No `preload`:
    // that is a promise the domain's owner makes to the browsers' list.
    { key: 'strict-transport-security', value: 'max-age=63072000; includeSubDomains' },
    { key: 'x-content-type-options', value: 'nosniff' },
    { key: 'referrer-policy', value: 'strict-origin-when-cross-origin' },
    { key: 'permissions-policy', value: PERMISSIONS_POLICY },
    // frame-ancestors 'none' says the same to browsers that read CSP.
    { key: 'x-frame-options', value: 'DENY' },
    { key: 'cross-origin-opener-policy', value: 'same-origin' },
  ];
}
