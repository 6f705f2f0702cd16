import { normalizeSource, type Position } from '../frontmatter';
import type { Report } from './report';

export /** Why a file has no usable frontmatter, in words, with the line to look at. */
function missingFrontmatter(raw: string): { position: Position; message: string; fix: string } {
  const text = normalizeSource(raw);
  const template = 'npm run new:briefing -- <slug> writes a template';
  if (!text.trim()) return { position: { line: 1, column: 1 }, message: 'the file is empty', fix: `start it with the frontmatter (${template})` };
  const lines = text.split('\n');
  if (/^---[ \t]*$/.test(lines[0]!)) {
    return {
      position: { line: 1, column: 1 },
      message: 'the frontmatter opened on line 1 is never closed',
      fix: 'add a line with only --- after the last field',
    };
  }
  const fence = lines.findIndex((l) => /^---[ \t]*$/.test(l));
  if (fence > 0 && lines.slice(0, fence).every((l) => !l.trim())) {
    return {
      position: { line: fence + 1, column: 1 },
      message: 'the frontmatter must start on the very first line',
      fix: `delete the ${fence} empty line(s) above the first ---`,
    };
  }
  return {
    position: { line: 1, column: 1 },
    message: 'the file has no frontmatter',
    fix: `start the file with a line ---, the fields, and another --- line (${template}; EDITORS.md lists the fields)`,
  };
}


/**
 * A file saved in another encoding than UTF-8 (Windows-1256 is common for
 * Arabic) reads as replacement characters; UTF-16 as NUL bytes.
 */
export function checkEncoding(raw: string, report: Report): void {
  const bad = /[\uFFFD\u0000]/.exec(raw);
  if (!bad) return;
  const before = raw.slice(0, bad.index);
  const line = before.split(/\r\n?|\n/).length;
  const column = bad.index - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  report('encoding', { line, column }, 'the file is not saved as UTF-8 text', 'save it again as "UTF-8" in your editor (not Windows-1256 or UTF-16)');
}

