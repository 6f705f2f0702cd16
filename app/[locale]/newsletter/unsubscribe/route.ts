import { defaultLocale, isLocale } from '@/i18n/locales';
import { unsubscribe } from '@/lib/newsletter/actions';
import { formRoute } from '@/lib/newsletter/route';
import { paths } from '@/lib/routing/paths';

type Context = { params: Promise<{ locale: string }> };

/**
 * List-Unsubscribe's https URL. POST unsubscribes: the one-click POST of
 * RFC 8058 (token in the URL, body `List-Unsubscribe=One-Click`, no Origin,
 * so no origin check: the signed token is the authority) or the manage
 * page's button (token in the body). GET never unsubscribes (RFC 8058 §3:
 * link scanners follow GETs): it shows the manage page.
 */
export const dynamic = 'force-dynamic';

export const POST = formRoute(async (form, locale, ctx, request) => {
  const oneClick = form.get('List-Unsubscribe') === 'One-Click';
  const token = new URL(request.url).searchParams.get('token') ?? (typeof form.get('token') === 'string' ? (form.get('token') as string) : null);
  return unsubscribe(token, oneClick, locale, ctx);
}, false);

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { locale } = await params;
  const token = new URL(request.url).searchParams.get('token') ?? '';
  const target = `${paths.newsletter(isLocale(locale) ? locale : defaultLocale)}?manage=${encodeURIComponent(token)}`;
  return new Response(null, { status: 303, headers: { location: target, 'cache-control': 'private, no-store' } });
}
