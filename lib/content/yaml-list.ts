import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Diagnostic } from './check/diagnostic';
import type { RuleId } from './check/rule-catalogue';

/** One entry of a declared list, with where it starts in the file. */
export type ListEntry = { offset: number | undefined; value: Record<string, unknown> | undefined };

export type ListFile = {
  /** The entries under `key:`; empty when the file cannot be read as such a list (reported). */
  entries: ListEntry[];
  /** Reports a problem at an entry's offset, under the file's rule. */
  report: (offset: number | undefined, message: string, fix: string) => void;
  diagnostics: Diagnostic[];
};

/**
 * Reads a YAML file that declares one list under `key:` (content/topics.yaml,
 * content/authors.yaml): a byte-order mark and Windows line endings are
 * fine; broken YAML and a missing list are reported with their lines.
 */
export function readYamlList(path: string, raw: string, key: string, rule: RuleId): ListFile {
  const diagnostics: Diagnostic[] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), { lineCounter });
  const report = (offset: number | undefined, message: string, fix: string) => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    diagnostics.push({ file: path, line, column: col, rule, severity: 'error', message, fix });
  };
  for (const e of doc.errors) report(e.pos[0], `not valid YAML: ${e.message.split('\n')[0]}`, 'check the indentation');
  if (doc.errors.length) return { entries: [], report, diagnostics };
  const list = isMap(doc.contents) ? doc.contents.get(key, true) : null;
  if (!isSeq(list)) {
    report(0, `the file should start with \`${key}:\` and a list of ${key}`, 'see the existing entries for the shape');
    return { entries: [], report, diagnostics };
  }
  const entries = list.items.map((item) => ({
    offset: (item as { range?: [number] }).range?.[0],
    value: (item as { toJSON?: () => unknown }).toJSON?.() as Record<string, unknown> | undefined,
  }));
  return { entries, report, diagnostics };
}
