import { cachePolicy } from '@/lib/http/cache-policy.mjs';

/**
 * Next answers a POST (or PUT, DELETE…) to a static file — public/ or
 * /_next/static — by rendering the route `/405` with status 405
 * (server/lib/router-server.js). The App Router has no such page by
 * default, so that render failed and the reader got a 500. This is that
 * route. A GET of /405 itself never reaches it: the proxy sends unprefixed
 * paths under a locale first.
 */
function methodNotAllowed(): Response {
  return new Response('Method Not Allowed: static files answer GET and HEAD only\n', {
    status: 405,
    headers: {
      allow: 'GET, HEAD',
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': cachePolicy.notFound.cacheControl,
    },
  });
}

export const dynamic = 'force-dynamic';
export const GET = methodNotAllowed;
export const HEAD = methodNotAllowed;
export const POST = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
export const OPTIONS = methodNotAllowed;
