import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { getBriefing } from './lib/content';
import { cachePolicy } from './lib/http/cache-policy.mjs';
import { isMalformedPath } from './lib/http/path';
import { paths } from './lib/routing/paths';

const localeRedirects = createMiddleware(routing);
const localePrefixed = new RegExp(`^/(?:${routing.locales.join('|')})(?:/|$)`);
const briefingPath = new RegExp(`^/(${routing.locales.join('|')})/briefings/([^/]+)(?:/share-image/[^/]+)?/?$`);

/**
 * Redirects `/` and unprefixed paths to a locale: the NEXT_LOCALE cookie
 * first, then Accept-Language, else Arabic. Locale-prefixed pages pass
 * through here only where they must — the matcher keeps the proxy off the
 * rest, since running it on every request costs throughput: paths with a
 * percent sign, which Next would answer with a 500 when the encoding is
 * malformed (`/ar/briefings/%ZZ`), and briefings, whose slugs it checks.
 */
export default function proxy(request: NextRequest) {
  if (isMalformedPath(request.nextUrl.pathname)) {
    return new NextResponse('Bad Request: malformed percent-encoding in the URL\n', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': cachePolicy.notFound.cacheControl },
    });
  }
  const briefing = briefingPath.exec(request.nextUrl.pathname);
  if (briefing) {
    // Older briefings render on their first request, so the briefing route
    // takes any slug; an unknown one must not reach it, because notFound()
    // there answers 404 with an empty error shell, not the page
    // (vercel/next.js#62228), and Next would cache it. It gets the
    // localized 404 document instead, as every other unknown URL does.
    const [, locale, slug] = briefing as unknown as [string, (typeof routing.locales)[number], string];
    if (getBriefing(locale, decodeURIComponent(slug))) return NextResponse.next();
    return NextResponse.rewrite(new URL(`${paths.home(locale)}/missing`, request.url));
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
  // i18n/locales.test.ts runs Next's own matcher over every locale's paths,
  // so it fails until a new language is named here.
  matcher: ['/', '/((?!(?:ar|en)(?:/|$)|_next/|_vercel/|api/|.*\\.[^/]*$).*)', '/(.*%.*)', '/(ar|en)/briefings/(.+)'],
};
