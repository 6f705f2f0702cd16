import { findShareImage, briefingImages } from '@/lib/og/share-images';
import { shareImageRoute } from '@/lib/og/route';

// The newest briefings' images are prerendered; an older one's renders on
// its first request and is cached like a prerendered one (its URL carries a
// hash of its content, so it never goes stale). Unknown ids are 404.
export const dynamic = 'force-static';

const route = shareImageRoute(briefingImages, findShareImage.briefing);
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
