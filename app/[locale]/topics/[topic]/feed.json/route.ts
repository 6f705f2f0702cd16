import { feedResponse, topicFeedParams } from '@/lib/seo/feed-route';

type Context = { params: Promise<{ locale: string; topic: string }> };

// The json feed of a topic in a language, prerendered at build time.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return topicFeedParams();
}

export function GET(_request: Request, context: Context) {
  return feedResponse(context, 'json');
}
