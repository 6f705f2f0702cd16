const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };

/**
 * Text made safe for HTML, XML and SVG, in element content and in quoted
 * attribute values alike: the five characters React escapes, escaped as
 * React does (so lib/feeds/static-html.ts matches renderToStaticMarkup).
 *
 * @example escapeHtml('<b>"Q" & A\'s</b>') // '&lt;b&gt;&quot;Q&quot; &amp; A&#x27;s&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
