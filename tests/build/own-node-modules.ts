import { linkSync, lstatSync, mkdirSync, readdirSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Mirrors a folder with hard links: a copy of node_modules in well under a second, on one file system. */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else if (entry.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
    else linkSync(source, target);
  }
}

/**
 * Replaces the symlinked node_modules of a project copy (tests/support/
 * project-copy.ts) with hard links to the same files, so that `next build`
 * finds `next` inside the project root, as Turbopack requires.
 */
export function withOwnNodeModules(dir: string): void {
  const nodeModules = join(dir, 'node_modules');
  const real = lstatSync(nodeModules).isSymbolicLink() ? readlinkSync(nodeModules) : null;
  if (!real) return;
  rmSync(nodeModules);
  linkTree(real, nodeModules);
}
