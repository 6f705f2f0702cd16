import { editionFeedRoute } from '@/lib/digest/feed-route';

// The atom feed of a language's Daily Brief editions, prerendered at build time.
export const dynamic = 'force-static';
export const dynamicParams = false;

const route = editionFeedRoute('atom');
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
