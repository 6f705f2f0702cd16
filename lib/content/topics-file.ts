import { locales } from '../../i18n/locales';
import type { Diagnostic } from './check/diagnostic';
import { SLUG_PATTERN } from './schema';
import { entriesWithIds, readYamlList, requireEveryLocale } from './yaml-list';

export type TopicDeclaration = { id: string; label: Record<string, string> };

/**
 * Reads content/topics.yaml: `topics:` followed by a list of
 * `{ id, label: { <locale>: … } }`. Every locale in the table needs a label.
 */
export function parseTopicsFile(path: string, raw: string): { topics: TopicDeclaration[]; diagnostics: Diagnostic[] } {
  const file = readYamlList(path, raw, 'topics', 'topics');
  const topics = entriesWithIds(file, { noun: 'topic', exampleId: 'semiconductors' }, SLUG_PATTERN).map((entry) => ({
    id: entry.id,
    label: requireEveryLocale(file, entry, 'topic', 'label', locales),
  }));
  return { topics, diagnostics: file.diagnostics };
}

