/**
 * Pure: a live briefing's file with one more update at the top of its
 * updates, as an editor adds one (EDITORS.md §9: newest first): just above
 * the first `<Update`, or at the end of a body that has none yet.
 */
export function withNewUpdate(text: string, update: { id: string; time: string; body: string }): string {
  const tag = `<Update id="${update.id}" time="${update.time}">\n${update.body}\n</Update>\n\n`;
  const at = text.search(/^<Update\b/m);
  return at < 0 ? `${text.replace(/\n*$/, '\n\n')}${tag}` : `${text.slice(0, at)}${tag}${text.slice(at)}`;
}
