import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { getArchivePage, getAuthor, getBriefing, getPreviewProblems, getSitePage, getTopicPage, updatesOnPage } from './lib/content';
import { cachePolicy } from './lib/http/cache-policy.mjs';
import { isMalformedPath, normalPath } from './lib/http/malformed-path';
import { isLitePage, LITE_PREFIX, liteTarget } from './lib/routing/lite';
import { onDemandPath, type OnDemandPath } from './lib/routing/on-demand';
import { paths } from './lib/routing/paths';
import { editionOn } from './lib/digest/edition';
import { getEditions } from './lib/digest';

const localeRedirects = createMiddleware(routing);
const localePrefixed = new RegExp(`^/(?:${routing.locales.join('|')})(?:/|$)`);

/**
 * Redirects `/` and unprefixed paths to a locale: the NEXT_LOCALE cookie
 * first, then Accept-Language, else Arabic. Locale-prefixed pages pass
 * through here only where they must — the matcher keeps the proxy off the
 * rest, since running it on every request costs throughput: paths with a
 * percent sign, which Next would answer with a 500 when the encoding is
 * malformed (`/ar/briefings/%ZZ`), and the pages that render on demand
 * (briefings, later list pages), whose parameters it checks.
 */
export default function proxy(request: NextRequest) {
  if (isMalformedPath(request.nextUrl.pathname)) {
    return new NextResponse('Bad Request: malformed percent-encoding in the URL\n', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': cachePolicy.refused.cacheControl },
    });
  }
  const normal = normalPath(request.nextUrl.pathname);
  if (normal !== null) {
    const target = request.nextUrl.clone();
    target.pathname = normal;
    const redirect = NextResponse.redirect(target, 308);
    redirect.headers.set('cache-control', cachePolicy.redirect.cacheControl);
    return redirect;
  }
  // Next's own files pass: in `next dev` a layout's style sheet is served
  // from `/_next/static/css/app/%5Blocale%5D/layout.css`, which the
  // percent-sign matcher brings here, and the locale redirect below sent it
  // to `/ar/_next/…`, a 404: the preview lost its fonts.
  if (request.nextUrl.pathname.startsWith('/_next/')) return NextResponse.next();
  const lite = liteRequest(request);
  if (lite) return lite;
  const onDemand = onDemandPath(request.nextUrl.pathname);
  if (onDemand) {
    // Older briefings and later list pages render on their first request,
    // so their routes take any parameter; an unknown one must not reach
    // them (lib/routing/on-demand.ts says why). It gets the localized 404
    // document instead, as every other unknown URL does.
    if (exists(onDemand)) return NextResponse.next();
    return NextResponse.rewrite(new URL(`${paths.home(onDemand.locale)}/missing`, request.url));
  }
  if (localePrefixed.test(request.nextUrl.pathname)) return NextResponse.next();
  return negotiated(localeRedirects(request));
}

/**
 * Lite mode (lib/routing/lite.ts says how it is built): `/lite/<locale>/…`,
 * or a page asked for with `Save-Data: on`, is rewritten to the lite spelling
 * of its route (`/lite-ar/…`), after the same existence check as above; a
 * page that does not exist gets the localized 404. Null: not a lite request.
 * The internal spelling passes through untouched: Next's NextURL spells a
 * 127.0.0.1 host "localhost", so behind `next start -H 127.0.0.1` (the
 * tests) the rewrite's origin differs from the server's and Next proxies
 * it back to itself, through this proxy again. It is the same page, whose
 * canonical link names the full one.
 */
function liteRequest(request: NextRequest): NextResponse | null {
  const { pathname } = request.nextUrl;
  if (/^\/lite-[^/]+(\/|$)/.test(pathname)) return NextResponse.next();
  const prefixed = pathname === LITE_PREFIX || pathname.startsWith(`${LITE_PREFIX}/`);
  const saveData = request.headers.get('save-data')?.trim().toLowerCase() === 'on';
  if (!prefixed && !saveData) return null;
  const target = liteTarget(pathname);
  if (!target || !isLitePage(target.path)) {
    // `/lite/ar/feed.xml` and the like: there is one feed; anything else under /lite is unknown.
    if (prefixed) return NextResponse.rewrite(new URL(`${paths.home(target?.locale ?? routing.defaultLocale)}/missing`, request.url));
    return null;
  }
  const onDemand = onDemandPath(target.path);
  const known = onDemand ? exists(onDemand) : knownPage(target.path);
  if (!known) return NextResponse.rewrite(new URL(`${paths.home(target.locale)}/missing`, request.url));
  const url = request.nextUrl.clone();
  url.pathname = target.internal;
  return NextResponse.rewrite(url);
}

/** Authors and site pages render on demand in lite: an unknown one must not reach them (lib/routing/on-demand.ts says why). */
function knownPage(path: string): boolean {
  const [, locale, section, id, ...rest] = path.split('/');
  if (section === 'authors') return rest.length === 0 && !!id && getAuthor(decodeURIComponent(id)) !== null;
  if (section === 'pages') return rest.length === 0 && !!id && getSitePage(locale!, decodeURIComponent(id)) !== null;
  return true;
}

function exists(path: OnDemandPath): boolean {
  switch (path.kind) {
    case 'briefing':
      // In the preview, a briefing with errors is left out of the index, but
      // its page shows the errors (app/[locale]/briefings/[slug]/page.tsx).
      return getBriefing(path.locale, path.slug) !== null || getPreviewProblems(path.locale, path.slug).length > 0;
    case 'liveUpdates': {
      const b = getBriefing(path.locale, path.slug);
      return path.page !== null && Boolean(b?.live) && updatesOnPage(b!.updates, path.page) !== null;
    }
    case 'liveFeed':
      return Boolean(getBriefing(path.locale, path.slug)?.live);
    case 'archive':
      return path.page !== null && getArchivePage(path.locale, path.page) !== null;
    case 'topic':
      return path.page !== null && getTopicPage(path.locale, path.topic, path.page) !== null;
    case 'edition':
      return editionOn(getEditions(path.locale), path.day) !== null;
  }
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
  // The last entry runs the proxy for every page asked for with
  // `Save-Data: on` (lite mode), and for no other request.
  matcher: [
    '/',
    '/((?!(?:ar|en)(?:/|$)|_next/|_vercel/|api/|.*\\.[^/]*$).*)',
    '/(.*%.*)',
    '/(ar|en)/briefings/(.+)',
    '/(ar|en)/archive/(.+)',
    '/(ar|en)/topics/(.+)/(.+)',
    '/(ar|en)/digest/(.+)',
    '/lite/:path*',
    { source: '/(ar|en)/:path*', has: [{ type: 'header', key: 'save-data', value: 'on' }] },
  ],
};
