import { notFoundDocument, siteNotFoundDocument } from '@/lib/http/not-found-document';
import { paths } from '@/lib/routing/paths';
import { cachePolicy } from '@/lib/http/cache-policy.mjs';
import { defaultLocale, isLocale } from '@/i18n/locales';

type Context = { params: Promise<{ locale: string }> };

/** The query next.config.mjs's rewrite of unknown paths outside the locales adds: answer with the site-wide 404. */
const SITE_WIDE = 'unlocalized';

export const dynamic = 'force-dynamic';

/**
 * Every unknown URL under a locale is rewritten here (next.config.mjs,
 * `fallback` rewrites, which run only when no page matched) and answered
 * with the localized 404 document, server-rendered, status 404.
 * 404 path: next.config.mjs (fallback rewrite) → app/[locale]/missing/route.ts → lib/http/not-found-document.ts → app/[locale]/not-found-view/page.tsx → components/layouts/NotFoundView.tsx; app/[locale]/not-found.tsx for notFound() in a page.
 */
async function respond(request: Request, { params }: Context, withBody: boolean): Promise<Response> {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : defaultLocale;
  const siteWide = new URL(request.url).searchParams.has(SITE_WIDE) ? await siteNotFoundDocument() : null;
  const html = siteWide ?? (await notFoundDocument(locale)) ?? `<!doctype html><html lang="${locale}"><title>404</title><p><a href="${paths.home(locale)}">${paths.home(locale)}</a></p></html>`;
  return new Response(withBody ? html : null, {
    status: 404,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': cachePolicy.notFound.cacheControl,
      'x-robots-tag': 'noindex',
    },
  });
}

export function GET(request: Request, context: Context) {
  return respond(request, context, true);
}

export function HEAD(request: Request, context: Context) {
  return respond(request, context, false);
}

// An unknown URL is unknown whatever the method: 404, not 405.
export const POST = GET;
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
