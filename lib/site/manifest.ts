import type { MetadataRoute } from 'next';
import { defaultLocale, localeInfo, locales, type Locale } from '@/i18n/locales';

/**
 * The web manifest: one file for the whole site, because a browser installs
 * one app per origin and reads one manifest. It is written in the default
 * language (lang, dir), and its name carries every language's name of the
 * site ("موجز · Mawjaz"), like the wordmark, so an English reader recognises
 * the icon on a home screen as well as an Arabic one. It starts at `/`, where
 * proxy.ts sends each reader to their language (cookie, then
 * Accept-Language), so no language is forced on an installed app.
 */
export function webManifest(names: Record<Locale, string>, description: string, colours: { theme: string; background: string }): MetadataRoute.Manifest {
  const { dir } = localeInfo(defaultLocale);
  return {
    name: locales.map((l) => names[l]).join(' · '),
    short_name: names[defaultLocale],
    description,
    lang: defaultLocale,
    dir,
    start_url: '/',
    scope: '/',
    display: 'browser',
    theme_color: colours.theme,
    background_color: colours.background,
    icons: [
      { src: '/icon.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/apple-icon.png', sizes: '180x180', type: 'image/png', purpose: 'any' },
    ],
  };
}
