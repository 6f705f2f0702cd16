import { readFileSync, rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compiledBriefingId, copyContentProject } from '../../tests/support/content-project';
import { documentFile, readBody, readBodyText } from './build-files';

const ID = compiledBriefingId();
let root: string;

beforeEach(() => {
  root = copyContentProject('mawjaz-store-');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('readBody', () => {
  it("uses contentlayer's compiled body when there is one", () => {
    const generated = JSON.parse(readFileSync(documentFile(ID, root), 'utf8')).body;
    expect(readBody({ _id: ID }, root)).toEqual(generated);
  });

  it('compiles a briefing outside the window from its source file', () => {
    rmSync(documentFile(ID, root));
    const body = readBody({ _id: ID }, root);
    expect(body?.raw).toContain('<KeyPoints>');
    expect(body?.code).toMatch(/return Component;$/);
    expect(readBodyText({ _id: ID }, root)).toBe(body?.raw);
  });

  it('is null when neither exists', () => {
    expect(readBody({ _id: 'briefings/en/never-was.mdx' }, root)).toBeNull();
    expect(readBodyText({ _id: 'briefings/en/never-was.mdx' }, root)).toBeNull();
  });
});
