import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentFile, readBody, readBodyText } from './store';

const ID = 'briefings/en/china-approves-nvidia-h200-imports.mdx';
let root: string;

// A project of the real content and the generated documents of `npm test`'s contentlayer run.
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mawjaz-store-'));
  cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
  cpSync(join(process.cwd(), '.contentlayer', 'generated'), join(root, '.contentlayer', 'generated'), { recursive: true });
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
