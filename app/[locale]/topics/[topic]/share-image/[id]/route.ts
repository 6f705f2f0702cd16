import { findShareImage, topicImages } from '@/lib/og/share-images';
import { shareImageRoute } from '@/lib/og/route';

export const dynamic = 'force-static';
export const dynamicParams = false;

const route = shareImageRoute(topicImages, findShareImage.topic);
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
