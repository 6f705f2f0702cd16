import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Diagnostic } from './check/diagnostic';
import type { RuleId } from './check/rule-catalogue';
import { normalizeSource } from './frontmatter';

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
  const doc = parseDocument(normalizeSource(raw), { lineCounter });
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

/** What a declared list calls its entries in messages: "topic", and an id that would do. */
export type EntryNoun = { noun: string; exampleId: string };

/**
 * The entries of a declared list that have a valid id, with it: an entry
 * whose id is not a slug is reported and skipped; an id declared twice is
 * reported and kept (the check fails on it anyway). Topics and authors share
 * this, so their rules cannot drift apart.
 */
export function entriesWithIds(file: Pick<ListFile, 'entries' | 'report'>, { noun, exampleId }: EntryNoun, idPattern: RegExp): (ListEntry & { id: string })[] {
  const seen = new Set<string>();
  const out: (ListEntry & { id: string })[] = [];
  for (const entry of file.entries) {
    const id = entry.value?.id;
    if (typeof id !== 'string' || !idPattern.test(id)) {
      file.report(entry.offset, `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun} has an invalid id "${String(id)}"`, `use ASCII lower-case words joined by hyphens, e.g. id: ${exampleId}`);
      continue;
    }
    if (seen.has(id)) file.report(entry.offset, `the ${noun} "${id}" is declared twice`, 'keep one of the two entries');
    seen.add(id);
    out.push({ ...entry, id });
  }
  return out;
}

/** Reports each locale an entry's per-language text (`label:`, `name:`…) lacks. */
export function requireEveryLocale(file: Pick<ListFile, 'report'>, entry: ListEntry & { id: string }, noun: string, field: string, locales: readonly string[]): Record<string, string> {
  const text = (entry.value?.[field] ?? {}) as Record<string, unknown>;
  for (const locale of locales) {
    if (typeof text[locale] !== 'string' || !(text[locale] as string).trim()) {
      file.report(entry.offset, `the ${noun} "${entry.id}" has no ${locale} ${field}`, `add ${field}: { ${locale}: … } to it`);
    }
  }
  return text as Record<string, string>;
}
