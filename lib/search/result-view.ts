import { highlight, type Segment } from './highlight';
import { lead, snippet, type Snippet } from './snippet';

export type HitView = { title: Segment[]; snippet: Snippet };

/**
 * How a result reads: its title with the matched words marked, and an
 * excerpt: from the summary when a matched word is there, else from the
 * body, else (a match in the topics only) the summary's opening words.
 */
export function hitView(doc: { title: string; summary: string; text: string }, matched: readonly string[]): HitView {
  const terms = new Set(matched);
  return {
    title: highlight(doc.title, terms),
    snippet: snippet(doc.summary, terms) ?? snippet(doc.text, terms) ?? lead(doc.summary),
  };
}
