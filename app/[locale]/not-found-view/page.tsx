import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { routing } from '@/i18n/routing';
import { NotFoundView } from '@/components/layouts/NotFoundView';

type Props = { params: Promise<{ locale: string }> };

/**
 * Served for every unknown URL, so it claims none: no canonical, no
 * hreflang (the layout sets neither), and noindex.
 */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return { robots: { index: false } };
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return { title: t('title'), robots: { index: false, follow: true } };
}

/**
 * The localized 404 document, prerendered to HTML at build time and served
 * with status 404 by ../missing/route.ts. A page that calls notFound()
 * would be sent as an empty shell that only client JavaScript fills in
 * (vercel/next.js#62228), which readers without JavaScript and crawlers
 * would see as a blank page.
 */
export default async function NotFoundDocument({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return <NotFoundView locale={locale} />;
}
