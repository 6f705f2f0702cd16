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
      return createShareImage(match.input);
    },
  };
}
