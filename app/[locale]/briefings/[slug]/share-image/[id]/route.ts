import { findShareImage, briefingImages } from '@/lib/og/share-images';
import { shareImageRoute } from '@/lib/og/route';

export const dynamic = 'force-static';
export const dynamicParams = false;

const route = shareImageRoute(briefingImages, findShareImage.briefing);
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
