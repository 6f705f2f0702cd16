import { cpSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rendererFingerprint } from './renderer-fingerprint.mjs';

const root = mkdtempSync(join(tmpdir(), 'og-fingerprint-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
for (const part of ['lib/og', 'lib/site', 'i18n', 'messages']) cpSync(part, join(root, part), { recursive: true });
cpSync('package-lock.json', join(root, 'package-lock.json'));

describe('rendererFingerprint', () => {
  const first = rendererFingerprint(root);

  it('is the same for the same sources', () => {
    expect(rendererFingerprint(root)).toBe(first);
    expect(first).toMatch(/^[0-9a-f]{16}$/);
  });

  it('ignores tests and what does not draw', () => {
    writeFileSync(join(root, 'lib/og/extra.test.ts'), 'test');
    writeFileSync(join(root, 'i18n/routing.ts'), 'changed');
    expect(rendererFingerprint(root)).toBe(first);
  });

  it.each(['lib/og/share-card.tsx', 'lib/site/identity.ts', 'messages/ar.json', 'package-lock.json', 'i18n/locales.ts'])('changes when %s does', (file) => {
    const before = rendererFingerprint(root);
    appendFileSync(join(root, file), '\n');
    expect(rendererFingerprint(root)).not.toBe(before);
  });
});
