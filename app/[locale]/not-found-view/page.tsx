import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NotFoundView } from '@/components/layouts/NotFoundView';
import { found, localeParam, type PageProps } from '@/lib/routing/page-params';

/**
 * Served for every unknown URL, so it claims none: no canonical, no
 * hreflang (the layout sets neither), and noindex.
 */
export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const page = localeParam((await params).locale);
  if (!page) return { robots: { index: false } };
  const t = await getTranslations({ locale: page.locale, namespace: 'NotFound' });
  return { title: t('title'), robots: { index: false, follow: true } };
}

/**
 * The localized 404 document, prerendered to HTML at build time and served
 * with status 404 by ../missing/route.ts. A page that calls notFound()
 * would be sent as an empty shell that only client JavaScript fills in
 * (vercel/next.js#62228), which readers without JavaScript and crawlers
 * would see as a blank page.
 * 404 path: next.config.mjs (fallback rewrite) → app/[locale]/missing/route.ts → lib/http/not-found-document.ts → app/[locale]/not-found-view/page.tsx → components/layouts/NotFoundView.tsx; app/[locale]/not-found.tsx for notFound() in a page.
 */
export default async function NotFoundDocument({ params }: PageProps) {
  const { locale } = found(localeParam((await params).locale));
  return <NotFoundView locale={locale} />;
}
