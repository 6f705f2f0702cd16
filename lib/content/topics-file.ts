import { locales } from '../../i18n/locales';
import type { Diagnostic } from './check/diagnostic';
import { SLUG_PATTERN } from './schema';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';

export type TopicDeclaration = { id: string; label: Record<string, string> };

/**
 * Reads content/topics.yaml: `topics:` followed by a list of
 * `{ id, label: { <locale>: … } }`. Every locale in the table needs a label.
 */
export function parseTopicsFile(path: string, raw: string): { topics: TopicDeclaration[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), { lineCounter });
  const pos = (offset: number | undefined) => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return { line, column: col };
  };
  const report = (offset: number | undefined, message: string, fix: string) =>
    diagnostics.push({ file: path, ...pos(offset), rule: 'topics', severity: 'error', message, fix });

  for (const e of doc.errors) report(e.pos[0], `not valid YAML: ${e.message.split('\n')[0]}`, 'check the indentation');
  if (doc.errors.length) return { topics: [], diagnostics };

  const list = isMap(doc.contents) ? doc.contents.get('topics', true) : null;
  if (!isSeq(list)) {
    report(0, 'the file should start with `topics:` and a list of topics', 'see the existing entries for the shape');
    return { topics: [], diagnostics };
  }
  const topics: TopicDeclaration[] = [];
  const seen = new Set<string>();
  for (const item of list.items) {
    const offset = (item as { range?: [number] }).range?.[0];
    const value = (item as { toJSON?: () => unknown }).toJSON?.() as Record<string, unknown> | undefined;
    const id = value?.id;
    if (typeof id !== 'string' || !SLUG_PATTERN.test(id)) {
      report(offset, `a topic has an invalid id "${String(id)}"`, 'use ASCII lower-case words joined by hyphens, e.g. id: semiconductors');
      continue;
    }
    if (seen.has(id)) report(offset, `the topic "${id}" is declared twice`, 'keep one of the two entries');
    seen.add(id);
    const label = (value?.label ?? {}) as Record<string, unknown>;
    for (const locale of locales) {
      if (typeof label[locale] !== 'string' || !(label[locale] as string).trim()) {
        report(offset, `the topic "${id}" has no ${locale} label`, `add label: { ${locale}: … } to it`);
      }
    }
    topics.push({ id, label: label as Record<string, string> });
  }
  return { topics, diagnostics };
}

