import { getTranslations } from 'next-intl/server';
import { isLocale, locales } from '@/i18n/locales';
import { getEdition, getPrerenderedEditionDays } from '@/lib/digest';
import { editionText } from '@/lib/digest/text-edition';
import { textLabels } from '@/lib/digest/words';
import { cachePolicy } from '@/lib/http/cache-policy.mjs';

type Context = { params: Promise<{ locale: string; day: string }> };

/**
 * /{locale}/digest/{day}.txt (rewritten here by next.config.mjs): the
 * edition as plain UTF-8 text. Recent days are prerendered, older ones
 * render on their first request; the proxy sends an unknown day to the
 * localized 404 before it gets here (lib/routing/on-demand.ts).
 */
export const dynamic = 'force-static';

export function generateStaticParams() {
  return locales.flatMap((locale) => getPrerenderedEditionDays(locale).map((day) => ({ locale, day })));
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { locale, day } = await params;
  const edition = isLocale(locale) ? getEdition(locale, day) : null;
  if (!edition) return new Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': cachePolicy.notFound.cacheControl } });
  const t = await getTranslations({ locale: edition.locale, namespace: 'Digest' });
  const site = (await getTranslations({ locale: edition.locale, namespace: 'Site' }))('name');
  return new Response(
    editionText(
      edition,
      textLabels((k, v) => t(k as never, v as never), site, day, edition.locale),
    ),
    {
      headers: {
        'content-type': 'text/plain; charset=utf-8',
        'content-language': edition.locale,
        'cache-control': cachePolicy.page.cacheControl,
      },
    },
  );
}
