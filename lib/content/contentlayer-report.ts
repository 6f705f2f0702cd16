import type { Position } from './frontmatter';

/**
 * contentlayer2's own report of a failed run, as editors' lines.
 *
 * `npm run build` checks every file before contentlayer2 reads any, so
 * contentlayer2 refusing a file means the two disagree, a bug of the site
 * (lib/content/reader-agreement.build.test.ts hunts for those). It still reaches
 * an editor, so it is said the editors' way, `path:line:column: rule:
 * message — fix`, one line per file, rather than as contentlayer2's
 * tree of problems or an effect-ts stack (scripts/contentlayer-build.ts
 * keeps the whole output in a log for whoever fixes the bug).
 */

/** Where a frontmatter field of a file is, if it can be found (the file is read by the caller). */
export type FieldPosition = (file: string, field: string) => Position | null;

const EDITORS_LINE = /^\S+:\d+:\d+: \S+: .+ — .+$/;
const DOCUMENT = /^[\s│├└─]*• "([^"]+)"(.*)$/;
const ITEM = /^[\s│├└─]*• ([^:]+):\s*(.*?)\s*$/;
const MDX_POSITION = /(?:^|\s)(\d+):(\d+)(?:-\d+:\d+)?: (.+)$/;

const REPORT = 'contentlayer2 refused it though npm run content:check accepted it, a bug of the site: report it with this file';

/**
 * The editors' lines in `output` (what our hooks printed), then one line
 * per document contentlayer2 reported a problem with. `contentDir` is the
 * folder the paths are relative to, as editors know it (`content`).
 */
export function contentlayerLines(output: string, contentDir: string, position: FieldPosition): string[] {
  const lines = output.split(/\r?\n/);
  const out = lines.filter((l) => EDITORS_LINE.test(l));
  for (let i = 0; i < lines.length; i++) {
    const doc = DOCUMENT.exec(lines[i]!);
    if (!doc) continue;
    const file = `${contentDir}/${doc[1]}`;
    const rest = doc[2]!;
    // The items under this document: up to the next document or the end of the tree.
    const items: string[] = [];
    for (let j = i + 1; j < lines.length && !DOCUMENT.test(lines[j]!) && !/^[\s│]*[├└]──/.test(lines[j]!); j++) items.push(lines[j]!);
    const fields = items.flatMap((l) => {
      const m = ITEM.exec(l);
      return m ? [{ field: m[1]!.trim(), value: m[2]! }] : [];
    });
    const at = (field: string | undefined) => (field && position(file, field)) || { line: 1, column: 1 };
    if (/UnexpectedMDXError|MDX/.test(rest)) {
      const where = items.map((l) => MDX_POSITION.exec(l)).find(Boolean);
      const message = where ? where[3]!.trim() : rest.replace(/^:\s*/, '').trim();
      out.push(`${file}:${where?.[1] ?? 1}:${where?.[2] ?? 1}: mdx-syntax: ${message} (${REPORT}) — fix the MDX at that line`);
    } else if (/missing the following required fields/.test(rest)) {
      const names = fields.map((f) => f.field);
      const p = at(undefined);
      out.push(`${file}:${p.line}:${p.column}: required: the required field(s) ${names.map((n) => `"${n}"`).join(', ')} are missing (${REPORT}) — add them (EDITORS.md lists the fields)`);
    } else if (/incompatible fields/.test(rest)) {
      const p = at(fields[0]?.field);
      out.push(`${file}:${p.line}:${p.column}: type: ${fields.map((f) => `"${f.field}" is ${f.value}`).join(', ')}, a value of the wrong kind (${REPORT}) — write it as EDITORS.md shows`);
    } else if (/extra fields|not defined/.test(rest)) {
      const p = at(fields[0]?.field);
      out.push(`${file}:${p.line}:${p.column}: unknown-field: ${fields.map((f) => `"${f.field}"`).join(', ')} is not a field of the contract (${REPORT}) — remove it or fix its name`);
    } else {
      out.push(`${file}:1:1: build: ${rest.replace(/^[:\s]+/, '').trim() || 'contentlayer2 could not read this file'} (${REPORT}) — see the build log`);
    }
  }
  return out;
}
