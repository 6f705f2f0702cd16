import type { Metadata } from 'next';
import type { CSSProperties, ReactNode } from 'react';
import { localeInfo, locales } from '@/i18n/locales';
import { SiteFooter } from '@/components/site/SiteFooter';
import { found, localeParam, type PageProps } from '@/lib/routing/page-params';
import { localeLayoutMetadata } from '@/lib/seo/page-metadata';
import { preload } from 'react-dom';
import { builtFontUrl } from '@/lib/fonts/preload';
import { bodyFontStack, fontClassNames, preloadedFaces, systemFontStack } from '../fonts';

type Props = PageProps & { children: ReactNode };

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const page = localeParam((await params).locale);
  return page ? localeLayoutMetadata(page.locale) : {};
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale, lite } = found(localeParam((await params).locale));
  const { dir, script } = localeInfo(locale);
  // The page's own script first, then the other scripts' faces, then
  // fallbacks. A lite page (lib/routing/lite.ts) names no web face, so the
  // browser fetches none.
  const fonts = { '--font-body': lite ? systemFontStack : bodyFontStack(script) } as CSSProperties;
  // This page's faces only: an English page never fetches Naskh, a lite page nothing.
  if (!lite) {
    for (const stem of preloadedFaces[script]) {
      const href = builtFontUrl(stem);
      if (href) preload(href, { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
    }
  }

  return (
    <html lang={locale} dir={dir} className={lite ? undefined : fontClassNames} style={fonts} data-mode={lite ? 'lite' : undefined}>
      <body>
        {children}
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
