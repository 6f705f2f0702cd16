import { locales } from '../../i18n/locales';
import type { Diagnostic } from './check/diagnostic';
import { SLUG_PATTERN } from './schema';
import { entriesWithIds, readYamlList, requireEveryLocale } from './yaml-list';

/** Who signs briefings: a person, or a desk of the newsroom (an organization). */
export const authorKinds = ['person', 'organization'] as const;
export type AuthorKind = (typeof authorKinds)[number];

export type AuthorDeclaration = {
  id: string;
  kind: AuthorKind;
  name: Record<string, string>;
  bio: Record<string, string>;
};

/**
 * Reads content/authors.yaml: `authors:` followed by a list of
 * `{ id, kind, name: { <locale>: … }, bio: { <locale>: … } }`. Every locale
 * of the table needs a name and a bio, as topics need a label.
 */
export function parseAuthorsFile(path: string, raw: string): { authors: AuthorDeclaration[]; diagnostics: Diagnostic[] } {
  const file = readYamlList(path, raw, 'authors', 'authors');
  const authors = entriesWithIds(file, { noun: 'author', exampleId: 'mawjaz-desk' }, SLUG_PATTERN).map((entry): AuthorDeclaration => {
    const kind = entry.value?.kind;
    if (!(authorKinds as readonly unknown[]).includes(kind)) {
      file.report(entry.offset, `the author "${entry.id}" has kind "${String(kind)}"`, `set kind: ${authorKinds.join(' or ')} (a desk of the newsroom is an organization)`);
    }
    const name = requireEveryLocale(file, entry, 'author', 'name', locales);
    const bio = requireEveryLocale(file, entry, 'author', 'bio', locales);
    return { id: entry.id, kind: kind === 'person' ? 'person' : 'organization', name, bio };
  });
  return { authors, diagnostics: file.diagnostics };
}
