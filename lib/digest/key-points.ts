import { mdxPlainText } from '@/lib/content/text';

/**
 * A briefing's key points, as plain text: the items of the first
 * `<KeyPoints>` list in its MDX body (the component editors use, see
 * EDITORS.md). The Daily Brief shows them under each summary, and the first
 * one is the email's inbox preview. [] when the body has none.
 */
export function keyPointsOf(mdx: string): string[] {
  const block = /<KeyPoints>([\s\S]*?)<\/KeyPoints>/.exec(mdx);
  if (!block) return [];
  const points: string[] = [];
  for (const line of block[1]!.split('\n')) {
    const item = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(.*)$/.exec(line);
    if (item) points.push(item[1]!);
    // A wrapped item: its next lines are indented under it.
    else if (points.length && /^\s+\S/.test(line)) points[points.length - 1] += ` ${line.trim()}`;
  }
  // Inline tags go without a trace: `<bdi>H200</bdi>،` must not become `H200 ،`.
  return points.map((p) => mdxPlainText(p.replace(/<\/?(?:bdi|span|b|i|em|strong|abbr)\b[^>]*>/g, ''))).filter((p) => p.length > 0);
}
