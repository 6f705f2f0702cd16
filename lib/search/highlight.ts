import { tokenize } from './tokenize';

/** A run of the original text, marked when it is a matched word. */
export type Segment = { text: string; match: boolean };

/**
 * Splits `text` into runs, marking the words whose normalised term is one
 * of `terms` (the indexed terms a result matched). The runs are slices of
 * the original string, so tashkeel, hamza and tatweel stay where the writer
 * put them; joined, they give back `text` exactly.
 */
export function highlight(text: string, terms: ReadonlySet<string>): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  const push = (s: string, match: boolean) => {
    if (s === '') return;
    const last = out[out.length - 1];
    if (last && last.match === match) last.text += s;
    else out.push({ text: s, match });
  };
  for (const token of tokenize(text)) {
    if (token.term === '' || !terms.has(token.term)) continue;
    push(text.slice(at, token.start), false);
    push(token.text, true);
    at = token.end;
  }
  push(text.slice(at), false);
  return out;
}
