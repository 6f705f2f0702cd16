import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The project this file belongs to. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/**
 * What a copy leaves out: dependencies (linked instead), build output,
 * history, other copies, scratch folders, and the Node 22 lane's own
 * install (tools/: `npm test` runs two lanes at once, and a copy must not
 * read a folder another lane is writing).
 */
const SKIP = new Set(['node_modules', '.next', '.contentlayer', '.search', '.git', 'test-results', 'docs', '.e2e', '.bench', '.tmp', '.deploy', 'data', 'tools', 'coverage', 'out']);

export type ProjectCopy = {
  /** The copy's root: run `npm run build` / `next start` here. */
  dir: string;
  /** Deletes the copy; safe to call twice. */
  remove: () => void;
};

export type ProjectCopyOptions = {
  /**
   * The git-ignored folder of the project the copy goes into (default
   * `.bench`). It must be inside the project: see below.
   */
  under?: string;
  /** Prefix of the copy's folder name. */
  prefix?: string;
  /** Also copy these build folders (e.g. ['.next', '.contentlayer'] to start warm). */
  include?: string[];
  /**
   * A fixed folder name instead of a fresh temporary one (an old copy of
   * that name is deleted first): the e2e build lives at one known place, so
   * that `E2E_SKIP_BUILD=1` finds it again.
   */
  name?: string;
  /** A folder whose files replace the project's content/ in the copy (a fixture site's content). */
  content?: string;
  /** Extra files written into the copy: path in the copy → file to copy there. */
  files?: Record<string, string>;
};

/**
 * A throwaway copy of the project, to change its content and run the real
 * build without touching ours. node_modules is linked, not copied.
 *
 * The copy lives INSIDE this project (under a git-ignored folder such as
 * .bench/ or .e2e/) and its next.config.mjs gets `turbopack.root` set to this
 * project: Turbopack refuses a node_modules symlink that leads outside its
 * root ("Could not find the Next.js package"), so a copy in /tmp does not
 * build.
 */
export function projectCopy(options: ProjectCopyOptions = {}): ProjectCopy {
  const under = join(PROJECT_ROOT, options.under ?? '.bench');
  mkdirSync(under, { recursive: true });
  let dir: string;
  if (options.name) {
    dir = join(under, options.name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
  } else {
    dir = mkdtempSync(join(under, options.prefix ?? 'copy-'));
  }
  // Entry by entry: cpSync refuses to copy a folder into itself.
  for (const entry of readdirSync(PROJECT_ROOT)) {
    if (SKIP.has(entry) || (entry === 'content' && options.content)) continue;
    cpSync(join(PROJECT_ROOT, entry), join(dir, entry), { recursive: true });
  }
  if (options.content) cpSync(options.content, join(dir, 'content'), { recursive: true });
  for (const [to, from] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(dir, to)), { recursive: true });
    cpSync(from, join(dir, to));
  }
  for (const entry of options.include ?? []) {
    if (existsSync(join(PROJECT_ROOT, entry))) cpSync(join(PROJECT_ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const configPath = join(dir, 'next.config.mjs');
  const config = readFileSync(configPath, 'utf8');
  const anchor = 'const nextConfig = {';
  if (!config.includes(anchor)) throw new Error(`projectCopy: "${anchor}" not found in next.config.mjs`);
  writeFileSync(configPath, config.replace(anchor, `${anchor}\n  turbopack: { root: ${JSON.stringify(PROJECT_ROOT)} },`));
  let removed = false;
  return {
    dir,
    remove: () => {
      if (removed) return;
      removed = true;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
