import { locales } from '../../i18n/locales';
import type { Diagnostic } from './check/diagnostic';
import { SLUG_PATTERN } from './schema';
import { readYamlList } from './yaml-list';

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
  const { entries, report, diagnostics } = readYamlList(path, raw, 'authors', 'authors');
  const authors: AuthorDeclaration[] = [];
  const seen = new Set<string>();
  for (const { offset, value } of entries) {
    const id = value?.id;
    if (typeof id !== 'string' || !SLUG_PATTERN.test(id)) {
      report(offset, `an author has an invalid id "${String(id)}"`, 'use ASCII lower-case words joined by hyphens, e.g. id: mawjaz-desk');
      continue;
    }
    if (seen.has(id)) report(offset, `the author "${id}" is declared twice`, 'keep one of the two entries');
    seen.add(id);
    const kind = value?.kind;
    if (!(authorKinds as readonly unknown[]).includes(kind)) {
      report(offset, `the author "${id}" has kind "${String(kind)}"`, `set kind: ${authorKinds.join(' or ')} (a desk of the newsroom is an organization)`);
    }
    for (const field of ['name', 'bio'] as const) {
      const text = (value?.[field] ?? {}) as Record<string, unknown>;
      for (const locale of locales) {
        if (typeof text[locale] !== 'string' || !(text[locale] as string).trim()) {
          report(offset, `the author "${id}" has no ${locale} ${field}`, `add ${field}: { ${locale}: … } to it`);
        }
      }
    }
    authors.push({
      id,
      kind: kind === 'person' ? 'person' : 'organization',
      name: (value?.name ?? {}) as Record<string, string>,
      bio: (value?.bio ?? {}) as Record<string, string>,
    });
  }
  return { authors, diagnostics };
}
