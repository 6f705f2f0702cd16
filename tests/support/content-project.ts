import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A temporary project of the real content and the generated documents of
 * `npm test`'s contentlayer run, for tests that read or write the build's
 * content files. The caller removes it.
 */
export function copyContentProject(prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
  cpSync(join(process.cwd(), '.contentlayer', 'generated'), join(root, '.contentlayer', 'generated'), { recursive: true });
  return root;
}
