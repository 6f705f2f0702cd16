import { renderLiveUpdates } from '@/components/feed/LiveFeedBody';
import { liveFeedParams, liveFeedResponse } from '@/lib/feeds/live-feed';

// A live briefing's Atom feed of updates: those of the prerendered briefings
// are built with the site, any other renders on its first request; anything
// but a live briefing is a 404.
export const dynamic = 'force-static';

export const generateStaticParams = liveFeedParams;

export function GET(_request: Request, context: { params: Promise<{ locale: string; slug: string }> }) {
  return liveFeedResponse(context, renderLiveUpdates);
}
