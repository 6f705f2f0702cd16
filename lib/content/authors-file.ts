import { locales } from '../../i18n/locales';
import type { Diagnostic } from './check/diagnostic';
import { SLUG_PATTERN } from './schema';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';

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
  const diagnostics: Diagnostic[] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), { lineCounter });
  const pos = (offset: number | undefined) => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return { line, column: col };
  };
  const report = (offset: number | undefined, message: string, fix: string) =>
    diagnostics.push({ file: path, ...pos(offset), rule: 'authors', severity: 'error', message, fix });

  for (const e of doc.errors) report(e.pos[0], `not valid YAML: ${e.message.split('\n')[0]}`, 'check the indentation');
  if (doc.errors.length) return { authors: [], diagnostics };

  const list = isMap(doc.contents) ? doc.contents.get('authors', true) : null;
  if (!isSeq(list)) {
    report(0, 'the file should start with `authors:` and a list of authors', 'see the existing entries for the shape');
    return { authors: [], diagnostics };
  }
  const authors: AuthorDeclaration[] = [];
  const seen = new Set<string>();
  for (const item of list.items) {
    const offset = (item as { range?: [number] }).range?.[0];
    const value = (item as { toJSON?: () => unknown }).toJSON?.() as Record<string, unknown> | undefined;
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
