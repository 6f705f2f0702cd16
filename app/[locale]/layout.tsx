import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { localeInfo } from '@/i18n/locales';
import { routing } from '@/i18n/routing';
import { SiteFooter } from '@/components/site/SiteFooter';
import { localeLayoutMetadata } from '@/lib/seo/page-metadata';
import { arabicFont, latinFont } from '../fonts';

type Props = {
  children: ReactNode;
  params: Promise<{ locale: string }>;
};

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { locale } = await params;
  return hasLocale(routing.locales, locale) ? localeLayoutMetadata(locale) : {};
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const { dir } = localeInfo(locale);

  return (
    <html lang={locale} dir={dir} className={`${arabicFont.variable} ${latinFont.variable}`}>
      <body>
        {children}
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
