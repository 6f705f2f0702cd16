import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pathMentions, readText, trackedFiles } from './repo-paths';

/**
 * Documents that cannot rot: every repository path a comment or a Markdown
 * file names exists. A moved file fails here with the place that still names
 * its old path.
 */
const ALLOWED_MISSING: Record<string, string> = {
  // The folder editors create for a briefing's first lead image (EDITORS.md,
  // "Images"); the real content has no image yet, so git has no such folder.
  'public/images': 'created by editors with their first image',
  // Copied there in the e2e build's copy of the project (tests/support/fixture-site.ts).
  'public/images/fixture-lead.jpg': 'written into .e2e/site by the e2e global setup',
};
/** This file's own examples of what the scan reads. */
const SELF = 'tests/docs/paths.test.ts';

describe('paths named in comments and Markdown', () => {
  const mentions = trackedFiles()
    .filter((file) => file !== SELF)
    .flatMap((file) => pathMentions(file, readText(file)));

  it('are found (the scan reads what it should)', () => {
    expect(mentions.length).toBeGreaterThan(300);
    expect(mentions.some((m) => m.file === 'README.md' && m.path === 'tests/fixtures/site')).toBe(true);
  });

  it('all exist', () => {
    const missing = mentions.filter((m) => !existsSync(m.path) && !(m.path in ALLOWED_MISSING)).map((m) => `${m.file}:${m.line}: ${m.path}`);
    expect(missing).toEqual([]);
  });

  it('the allow-list holds only paths that are named and missing', () => {
    for (const path of Object.keys(ALLOWED_MISSING)) {
      expect(existsSync(path), path).toBe(false);
      expect(
        mentions.some((m) => m.path === path),
        path,
      ).toBe(true);
    }
  });
});

describe('pathMentions', () => {
  it('reads comments of source files, not their code', () => {
    const text = ["import x from 'lib/a.ts';", '// see lib/b.ts', '/**', ' * and ./c.ts, ../d.ts', ' */', "const y = 'lib/e.ts'; // and lib/f.ts"].join('\n');
    expect(pathMentions('lib/x/file.ts', text).map((m) => `${m.line}:${m.path}`)).toEqual(['2:lib/b.ts', '4:lib/x/c.ts', '4:lib/d.ts', '6:lib/f.ts']);
  });

  it('reads all of a Markdown file, and a command line’s ./lib/… from the repository', () => {
    expect(pathMentions('docs/a.md', 'Run `node --import ./lib/http/x.mjs` and see [it](../README.md), tests/support/.').map((m) => m.path)).toEqual(['lib/http/x.mjs', 'README.md', 'tests/support']);
  });

  it('skips placeholders, globs, URLs and package paths', () => {
    expect(pathMentions('a.md', 'content/briefings/<locale>/x.mdx, tests/**/*.ts, https://x.org/lib/a.ts, next/dist/server/x.js, node_modules/next/a.js')).toEqual([]);
  });
});
