import { now } from '@/lib/clock/clock.mjs';
import { newsItems } from '@/lib/seo/news-items';
import { newsSitemapXml } from '@/lib/seo/news-sitemap';

// Prerendered with the build, like the briefings it lists, and rendered
// again on the first request after a scheduled briefing's instant or after
// midnight (lib/clock/schedule.mjs): "the last 48 hours" are those before
// the render, by the one clock.
export const dynamic = 'force-static';

export async function GET(): Promise<Response> {
  return new Response(newsSitemapXml(await newsItems(), new Date(now())), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
}
