import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { cachePolicy } from './lib/http/cache-policy.mjs';
import { isMalformedPath } from './lib/http/path';

const localeRedirects = createMiddleware(routing);
const localePrefixed = new RegExp(`^/(?:${routing.locales.join('|')})(?:/|$)`);

/**
 * Redirects `/` and unprefixed paths to a locale: the NEXT_LOCALE cookie
 * first, then Accept-Language, else Arabic. Locale-prefixed pages never pass
 * through here — the matcher keeps the proxy off them, since running it on
 * every request costs most of the server's throughput — except paths with a
 * percent sign, which Next would answer with a 500 when the encoding is
 * malformed (`/ar/briefings/%ZZ`).
 */
export default function proxy(request: NextRequest) {
  if (isMalformedPath(request.nextUrl.pathname)) {
    return new NextResponse('Bad Request: malformed percent-encoding in the URL\n', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': cachePolicy.notFound.cacheControl },
    });
  }
  if (localePrefixed.test(request.nextUrl.pathname)) return NextResponse.next();
  return negotiated(localeRedirects(request));
}

/**
 * The redirect's target depends on the cookie and Accept-Language, and
 * next-intl sets the cookie on it: say so with Vary, and keep it out of
 * shared caches (lib/http/cache-policy.mjs, `negotiated`). The proxy's
 * headers override next.config.mjs's for the same (lower-case) name.
 */
function negotiated(response: NextResponse): NextResponse {
  if (!response.headers.has('location')) return response;
  const { cacheControl, vary } = cachePolicy.negotiated;
  response.headers.set('cache-control', cacheControl);
  if (vary) response.headers.set('vary', vary);
  return response;
}

export const config = {
  // Next reads this statically, so it cannot be built from the locale table;
  // i18n/locales.test.ts checks that it names every locale.
  matcher: ['/', '/((?!(?:ar|en)(?:/|$)|_next/|_vercel/|api/|.*\\.[^/]*$).*)', '/(.*%.*)'],
};
