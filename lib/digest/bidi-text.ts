/**
 * Direction marks for text that has no markup to carry `dir`: the plain-text
 * part of the email and the .txt edition. A mail client lays out each
 * paragraph by its first strong letter (Unicode's bidi algorithm, P2), so an
 * Arabic paragraph that opens with "H200" or "2026" would be set left to
 * right, and a Latin name inside Arabic can drag the punctuation around it.
 */

/** RIGHT-TO-LEFT MARK: a strong RTL letter with no glyph. */
export const RLM = '\u200F';
/** FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: the plain-text <bdi>. */
export const FSI = '\u2068';
export const PDI = '\u2069';

/**
 * A run of Latin: from a Latin letter through the letters, digits and
 * joining punctuation that follow it, across spaces to the next Latin word
 * ("Jensen Huang", "H200", "U.S.", "OpenAI's"). Digits alone are left alone:
 * they are weak, and an Arabic paragraph sets them right.
 */
export const LATIN_RUN = /[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9.'’&+\-_/:@]*(?:[ ]+[A-Za-z\u00C0-\u024F0-9][A-Za-z\u00C0-\u024F0-9.'’&+\-_/:@]*)*/g;
/**
 * Whether a paragraph needs an RLM: its first letter or digit, past
 * bullets, numbers' punctuation and spaces, is not a right-to-left letter
 * ("H200 …", "2026 …", "• Nvidia …").
 */
function startsLeftToRight(text: string): boolean {
  const first = /[\p{L}\p{N}]/u.exec(text)?.[0];
  return first !== undefined && !/[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u.test(first);
}
const URL_ONLY = /^https?:\/\/\S+$/;

/**
 * One paragraph of a right-to-left language, marked for plain text: Latin
 * runs in FSI…PDI, and an RLM first when it starts with Latin or a digit.
 * A paragraph that is only a URL gets the RLM and no isolates, because mail
 * clients that turn URLs into links would take the PDI into the link.
 * Trailing punctuation after a run stays outside it ("H200،").
 */
export function rtlParagraph(text: string): string {
  if (URL_ONLY.test(text)) return RLM + text;
  const isolated = text.replace(LATIN_RUN, (run) => {
    const trail = /[.'’&+\-_/:@]+$/.exec(run)?.[0] ?? '';
    const core = run.slice(0, run.length - trail.length);
    return `${FSI}${core}${PDI}${trail}`;
  });
  return startsLeftToRight(text) ? RLM + isolated : isolated;
}

/** Every line of a text, marked for its direction; a left-to-right language's text is returned as it is. */
export function markLines(text: string, dir: 'rtl' | 'ltr'): string {
  if (dir === 'ltr') return text;
  return text
    .split('\n')
    .map((line) => (line.trim() === '' ? line : line.replace(/^(\s*)(.*)$/, (_m, indent: string, rest: string) => indent + rtlParagraph(rest))))
    .join('\n');
}
