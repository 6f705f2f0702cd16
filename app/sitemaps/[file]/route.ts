import { siteSitemap } from '@/lib/seo/site-pages';

type Props = { params: Promise<{ file: string }> };

export const dynamicParams = false;

/** The parts of a sitemap too large for one file (none while it fits: /sitemap.xml is then the whole sitemap). */
export function generateStaticParams() {
  const { index, parts } = siteSitemap();
  return index ? parts.map((_, i) => ({ file: `${i + 1}.xml` })) : [];
}

export async function GET(_request: Request, { params }: Props): Promise<Response> {
  const { file } = await params;
  const n = /^([1-9]\d*)\.xml$/.exec(file)?.[1];
  const part = n ? siteSitemap().parts[Number(n) - 1] : undefined;
  if (!part) return new Response('Not Found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(part, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
