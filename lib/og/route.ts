import { siteNameTable } from '@/lib/site/identity';
import { recordBuildTiming } from './build-timings';
import { createShareImage } from './share-card';
import type { ShareImage } from './share-images';

type Params = Record<string, string>;

/**
 * The GET handler and static params of a share-image route. Each route file
 * re-exports these; the PNGs are prerendered at build time. `list` names
 * every image (for the static params); `find` looks up one page's image, so
 * a request costs one card, not the whole list.
 */
export function shareImageRoute(
  list: () => ShareImage[] | Promise<ShareImage[]>,
  find: (params: Params) => ShareImage | null | Promise<ShareImage | null>,
) {
  return {
    generateStaticParams: async () => (await list()).map((img) => img.params),
    GET: async (_request: Request, { params }: { params: Promise<Params> }) => {
      const p = await params;
      const match = await find(p);
      if (!match || match.params.id !== p.id) return new Response('Not found', { status: 404 });
      // Rendered to the end here (ImageResponse draws lazily, as its body is
      // read) so that the time recorded is the time the image costs.
      const started = performance.now();
      const image = await createShareImage(match.input, await siteNameTable());
      const png = await image.arrayBuffer();
      recordBuildTiming({ path: match.path, ms: performance.now() - started });
      return new Response(png, { status: image.status, headers: image.headers });
    },
  };
}
