import { describe, expect, it } from 'vitest';
import { parseAuthorsFile } from './authors-file';

const good = `authors:
  - id: mawjaz-desk
    kind: organization
    name: { ar: فريق موجز, en: Mawjaz desk }
    bio: { ar: نبذة, en: A bio }
`;

describe('parseAuthorsFile', () => {
  it('reads each author with its kind, name and bio in every language', () => {
    expect(parseAuthorsFile('content/authors.yaml', good)).toEqual({
      authors: [{ id: 'mawjaz-desk', kind: 'organization', name: { ar: 'فريق موجز', en: 'Mawjaz desk' }, bio: { ar: 'نبذة', en: 'A bio' } }],
      diagnostics: [],
    });
  });

  it('reads a file with a BOM and Windows line endings', () => {
    expect(parseAuthorsFile('a', `\uFEFF${good.replace(/\n/g, '\r\n')}`).diagnostics).toEqual([]);
  });

  it.each([
    ['a bad id', good.replace('id: mawjaz-desk', 'id: Mawjaz Desk'), 'an author has an invalid id "Mawjaz Desk"', 2],
    ['a duplicate', `${good}${good.split('\n').slice(1).join('\n')}`, 'the author "mawjaz-desk" is declared twice', 6],
    ['an unknown kind', good.replace('kind: organization', 'kind: desk'), 'the author "mawjaz-desk" has kind "desk"', 2],
    ['a missing bio', good.replace(', en: A bio', ''), 'the author "mawjaz-desk" has no en bio', 2],
    ['no list', 'people: []\n', 'the file should start with `authors:` and a list of authors', 1],
  ])('reports %s on its line', (_name, raw, message, line) => {
    const { diagnostics } = parseAuthorsFile('content/authors.yaml', raw);
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'authors', severity: 'error', message, line })]);
  });
});
