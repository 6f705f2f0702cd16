import type { MetadataRoute } from 'next';
import { getTranslations } from 'next-intl/server';
import { defaultLocale } from '@/i18n/locales';
import { webManifest } from '@/lib/site/manifest';
import { brandColours, siteNameTable } from '@/lib/site/identity';

/** /manifest.webmanifest (see lib/site/manifest.ts for why one, in the default language). */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const t = await getTranslations({ locale: defaultLocale, namespace: 'Site' });
  return webManifest(await siteNameTable(), t('tagline'), { theme: brandColours.brand, background: '#fbfaf7' });
}
