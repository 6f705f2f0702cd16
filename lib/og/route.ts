import { siteNameTable } from '@/lib/site/identity';
import { keepImage, keptImage, type BuildCache } from './build-cache';
import { recordBuildTiming } from './build-timings';
import { createShareImage, SHARE_IMAGE_CACHE_CONTROL, shareImageContentType } from './share-card';
import type { ShareImage } from './share-images';

type Params = Record<string, string>;

/**
 * The GET handler and static params of a share-image route. Each route file
 * re-exports these; the PNGs are prerendered at build time. `list` names
 * every image (for the static params); `find` looks up one page's image, so
 * a request costs one card, not the whole list.
 */
export function shareImageRoute(list: () => ShareImage[] | Promise<ShareImage[]>, find: (params: Params) => ShareImage | null | Promise<ShareImage | null>, buildCache?: BuildCache) {
  return {
    generateStaticParams: async () => (await list()).map((img) => img.params),
    GET: async (_request: Request, { params }: { params: Promise<Params> }) => {
      const p = await params;
      const match = await find(p);
      if (!match || match.params.id !== p.id) return new Response('Not found', { status: 404 });
      // Drawn by an earlier build, with the same text and the same renderer.
      const kept = keptImage(match.path, buildCache);
      if (kept) return new Response(kept, { headers: { 'content-type': shareImageContentType, 'cache-control': SHARE_IMAGE_CACHE_CONTROL } });
      // Rendered to the end here (ImageResponse draws lazily, as its body is
      // read) so that the time recorded is the time the image costs.
      const started = performance.now();
      const image = await createShareImage(match.input, await siteNameTable());
      const png = await image.arrayBuffer();
      recordBuildTiming({ path: match.path, ms: performance.now() - started });
      if (image.status === 200) keepImage(match.path, png, buildCache);
      return new Response(png, { status: image.status, headers: image.headers });
    },
  };
}
