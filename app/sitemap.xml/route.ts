import { siteSitemap } from '@/lib/seo/site-pages';

// Prerendered at build time, like every page it lists: the whole sitemap
// while it fits one file, else the index of its parts (app/sitemaps/[file]).
export const dynamic = 'force-static';

export function GET(): Response {
  const { index, parts } = siteSitemap();
  return new Response(index ?? parts[0], { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
