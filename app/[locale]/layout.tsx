import type { Metadata } from 'next';
import type { CSSProperties, ReactNode } from 'react';
import { localeInfo, locales } from '@/i18n/locales';
import { SiteFooter } from '@/components/site/SiteFooter';
import { found, localeParam, type PageProps } from '@/lib/routing/page-params';
import { localeLayoutMetadata } from '@/lib/seo/page-metadata';
import { bodyFontStack, fontClassNames } from '../fonts';

type Props = PageProps & { children: ReactNode };

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const page = localeParam((await params).locale);
  return page ? localeLayoutMetadata(page.locale) : {};
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = found(localeParam((await params).locale));
  const { dir, script } = localeInfo(locale);
  // The page's own script first, then the other scripts' faces, then fallbacks.
  const fonts = { '--font-body': bodyFontStack(script) } as CSSProperties;

  return (
    <html lang={locale} dir={dir} className={fontClassNames} style={fonts}>
      <body>
        {children}
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
