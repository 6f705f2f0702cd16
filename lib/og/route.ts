import { recordBuildTiming } from './build-timings';
import { createShareImage } from './card';
import { findImage, type ShareImage } from './cards';

/**
 * The GET handler and static params of a share-image route. Each route file
 * re-exports these; the PNGs are prerendered at build time.
 */
export function shareImageRoute(list: () => ShareImage[] | Promise<ShareImage[]>) {
  return {
    generateStaticParams: async () => (await list()).map((img) => img.params),
    GET: async (_request: Request, { params }: { params: Promise<Record<string, string>> }) => {
      const p = await params;
      const match = findImage(await list(), p);
      if (!match || match.params.id !== p.id) return new Response('Not found', { status: 404 });
      // Rendered to the end here (ImageResponse draws lazily, as its body is
      // read) so that the time recorded is the time the image costs.
      const started = performance.now();
      const image = await createShareImage(match.input);
      const png = await image.arrayBuffer();
      recordBuildTiming({ path: match.path, ms: performance.now() - started });
      return new Response(png, { status: image.status, headers: image.headers });
    },
  };
}
