import type { MetadataRoute } from 'next';
import { paths } from '@/lib/routing/paths';
import { absoluteUrl, siteUrl } from '@/lib/site/url';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  const base = siteUrl();
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: [absoluteUrl(paths.sitemap(), base), absoluteUrl(paths.newsSitemap(), base)],
  };
}
