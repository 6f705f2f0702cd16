import { renderFeedBody } from '@/components/feed/FeedBody';
import { feedRoute } from '@/lib/feeds/feed-route';

// The json feed of a topic in a language, prerendered at build time.
export const dynamic = 'force-static';
export const dynamicParams = false;

const route = feedRoute('json', 'topic', renderFeedBody);
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
