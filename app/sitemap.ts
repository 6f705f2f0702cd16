import type { MetadataRoute } from 'next';
import { sitePages } from '@/lib/seo/site-pages';
import { sitemapEntries } from '@/lib/seo/sitemap';
import { siteUrl } from '@/lib/site/url';

// Prerendered at build time, like every page it lists.
export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(sitePages(), siteUrl());
}
