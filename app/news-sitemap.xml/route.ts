import { newsItems } from '@/lib/seo/news-items';
import { newsSitemapXml } from '@/lib/seo/news-sitemap';

// Prerendered with the build, like the briefings it lists: "the last 48
// hours" are those before the build (the nightly rebuild refreshes it).
export const dynamic = 'force-static';

export async function GET(): Promise<Response> {
  return new Response(newsSitemapXml(await newsItems(), new Date()), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
}
