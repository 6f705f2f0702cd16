import type { MetadataRoute } from 'next';
import { paths } from '@/lib/routes';
import { absoluteUrl, siteUrl } from '@/lib/seo/site';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  const base = siteUrl();
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: absoluteUrl(paths.sitemap(), base),
  };
}
