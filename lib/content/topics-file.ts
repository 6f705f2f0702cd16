import { locales } from '../../i18n/locales';
import type { Diagnostic } from './check/diagnostic';
import { SLUG_PATTERN } from './schema';
import { readYamlList } from './yaml-list';

export type TopicDeclaration = { id: string; label: Record<string, string> };

/**
 * Reads content/topics.yaml: `topics:` followed by a list of
 * `{ id, label: { <locale>: … } }`. Every locale in the table needs a label.
 */
export function parseTopicsFile(path: string, raw: string): { topics: TopicDeclaration[]; diagnostics: Diagnostic[] } {
  const { entries, report, diagnostics } = readYamlList(path, raw, 'topics', 'topics');
  const topics: TopicDeclaration[] = [];
  const seen = new Set<string>();
  for (const { offset, value } of entries) {
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

