import { isMap, LineCounter, parseDocument, type Node, type Pair } from 'yaml';

export type Position = { line: number; column: number };

export type Frontmatter = {
  /** The parsed YAML (plain JS values), or null when it is not a mapping. */
  data: Record<string, unknown> | null;
  /** YAML syntax errors, with their position in the file. */
  errors: { message: string; position: Position }[];
  /** Where each top-level key sits, by key name. */
  keyPositions: Map<string, Position>;
  /** Where each top-level value sits (or its key, for an empty value). */
  valuePositions: Map<string, Position>;
  /** Position of a nested value by path such as `sources.0.url`. */
  positionOf(path: string): Position | null;
  /** The MDX body after the closing `---`. */
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
};

/**
 * Editors' files may come from any editor: strip a UTF-8 byte-order mark and
 * turn CRLF/CR into LF before anything reads them, so such files are valid
 * and line numbers still match what the editor sees.
 */
export function normalizeSource(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Splits a file into frontmatter and body: the frontmatter's YAML text and
 * the body, unparsed, which is what a reader of the body alone needs (search
 * reads 20,000 bodies). Null when the file has no frontmatter block (first
 * line `---`, closed by a later `---` line).
 */
export function splitFrontmatter(raw: string): { yamlText: string; body: string; bodyLine: number; afterFence: string } | null {
  const text = normalizeSource(raw);
  // Web editors sometimes leave spaces after the fence; gray-matter accepts them.
  const open = /^---[ \t]*\n/.exec(text);
  if (!open) return null;
  const close = /^---[ \t]*$/m;
  const rest = text.slice(open[0].length);
  const match = close.exec(rest);
  if (!match) return null;
  const yamlText = rest.slice(0, match.index);
  const afterFence = rest.slice(match.index + match[0].length);
  const body = afterFence.replace(/^\n/, '');
  const yamlLines = yamlText.split('\n').length - 1;
  return { yamlText, body, bodyLine: 1 + 1 + yamlLines + 1, afterFence };
}

/**
 * The bytes contentlayer2 is given for a file (lib/content/stage.ts), so
 * that it reads exactly what this reader reads: line ends and BOM
 * normalized (gray-matter, contentlayer's frontmatter splitter, keeps the
 * `\r` of a CRLF file in the last frontmatter value), and both fences
 * written as a bare `---` (gray-matter keeps what follows a closing fence,
 * such as trailing spaces, in the body). Every line stays where it was, so
 * line numbers in contentlayer's own messages still match the editor's file.
 * lib/content/reader-agreement.build.test.ts checks the agreement on thousands of
 * variants of real briefings.
 */
export function canonicalSource(raw: string): string {
  const split = splitFrontmatter(raw);
  return split ? `---\n${split.yamlText}---${split.afterFence}` : normalizeSource(raw);
}

export function parseFrontmatter(raw: string): Frontmatter | null {
  const split = splitFrontmatter(raw);
  if (!split) return null;
  const { yamlText, body: afterClose, bodyLine } = split;

  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // Line 1 of the YAML is line 2 of the file (after the opening `---`).
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + 1, column: col };
  };

  const errors = doc.errors.map((e) => ({
    message: e.message.split('\n')[0] ?? e.message,
    position: toPosition(e.pos[0]),
  }));

  const keyPositions = new Map<string, Position>();
  const valuePositions = new Map<string, Position>();
  let data: Record<string, unknown> | null = null;
  if (errors.length === 0 && isMap(doc.contents)) {
    const json = doc.toJS({ maxAliasCount: 50 });
    data = json && typeof json === 'object' && !Array.isArray(json) ? json : null;
    for (const pair of doc.contents.items as Pair<Node, Node>[]) {
      const key = String((pair.key as { value?: unknown })?.value ?? '');
      const keyRange = pair.key?.range;
      if (keyRange) keyPositions.set(key, toPosition(keyRange[0]));
      const valueRange = pair.value?.range ?? keyRange;
      if (valueRange) valuePositions.set(key, toPosition(valueRange[0]));
    }
  } else if (errors.length === 0 && doc.contents !== null) {
    errors.push({ message: 'the frontmatter is not a list of `field: value` lines', position: { line: 2, column: 1 } });
  }

  const positionOf = (path: string): Position | null => {
    const node = doc.getIn(path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), true) as Node | undefined;
    if (node && node.range) return toPosition(node.range[0]);
    return null;
  };

  return {
    data: data ?? (errors.length === 0 && doc.contents === null ? {} : data),
    errors,
    keyPositions,
    valuePositions,
    positionOf,
    body: afterClose,
    bodyLine,
  };
}
