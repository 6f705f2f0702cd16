import { feedResponse, localeFeedParams } from '@/lib/seo/feed-route';

type Context = { params: Promise<{ locale: string }> };

// The rss feed of a language, prerendered at build time.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return localeFeedParams();
}

export function GET(_request: Request, context: Context) {
  return feedResponse(context, 'rss');
}
