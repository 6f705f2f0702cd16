import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const SKIP = new Set(['node_modules', '.next', '.contentlayer', '.search', '.git', 'test-results', 'docs', '.e2e']);

/**
 * A throwaway copy of the project for a benchmark to build with other
 * content, never touching ours (scripts never import tests/, so this is a
 * copy of tests/support/build-copy.ts's approach). It lives under .e2e/,
 * which git, tsc and vitest already ignore; node_modules is linked, with
 * Turbopack's root set here, because Turbopack refuses a node_modules
 * symlink that leads outside its root.
 */
export function buildableCopy(prefix = 'bench-'): { dir: string; remove: () => void } {
  mkdirSync(join(ROOT, '.e2e'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.e2e', prefix));
  for (const entry of readdirSync(ROOT)) {
    if (!SKIP.has(entry)) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const configPath = join(dir, 'next.config.mjs');
  const config = readFileSync(configPath, 'utf8');
  const anchor = 'const nextConfig = {';
  if (!config.includes(anchor)) throw new Error(`buildableCopy: "${anchor}" not found in next.config.mjs`);
  writeFileSync(configPath, config.replace(anchor, `${anchor}\n  turbopack: { root: ${JSON.stringify(ROOT)} },`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
