import type { Thing, WithContext } from 'schema-dts';
import { serializeJsonLd } from '@/lib/seo/jsonld';

type Props = { data: WithContext<Thing> };

/** Structured data for search engines, serialized so no value can end the script. */
export function JsonLd({ data }: Props) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
