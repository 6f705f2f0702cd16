import { markLines } from './bidi-text';
import type { EditionView } from './index';

/** The words of the plain-text edition, in the edition's language (messages' `Digest` namespace). */
export type TextLabels = {
  /** "Mawjaz Daily Brief · Wednesday 28 January 2026". */
  heading: string;
  /** "Read the briefing:" before each link. */
  read: string;
  /** "On the web:" before the edition's URL. */
  web: string;
  /** Lines after the items (the email's footer); none for the .txt edition. */
  footer?: string[];
};

const RULE = '—'.repeat(24);

/**
 * The edition as plain text (UTF-8): the .txt edition and the email's
 * text part are this. Items in the edition's order, each with its summary,
 * key points and absolute link; in a right-to-left language every line is
 * marked (./bidi-text.ts), so a paragraph that opens with Latin or a digit
 * still runs right to left.
 */
export function editionText(edition: Pick<EditionView, 'dir' | 'url' | 'entries'>, labels: TextLabels): string {
  const lines: string[] = [labels.heading, '', labels.web, edition.url, ''];
  edition.entries.forEach((e, i) => {
    lines.push(RULE, '', `${i + 1}. ${e.title}`, '', e.summary, '');
    for (const point of e.keyPoints) lines.push(`• ${point}`);
    if (e.keyPoints.length) lines.push('');
    lines.push(labels.read, e.url, '');
  });
  if (labels.footer?.length) lines.push(RULE, '', ...labels.footer.flatMap((l) => [l, '']));
  return `${markLines(lines.join('\n').replace(/\n+$/, ''), edition.dir)}\n`;
}
