import type { Segment } from '@/lib/search/highlight';

type Props = { segments: Segment[] };

/** Text with its matched words in <mark>; React escapes every run. */
export function Highlighted({ segments }: Props) {
  return segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : s.text));
}
