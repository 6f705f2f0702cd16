import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/** Where a file names a repository path: the file, its line, and the path as written. */
export type PathMention = { file: string; line: number; path: string };

/** The folders and files at the repository's top that a named path starts with. */
const ROOTS = ['app', 'components', 'lib', 'scripts', 'tests', 'i18n', 'content', 'docs', 'deploy', 'messages', 'public', 'tools', '.github', '.ci'];
const ROOT_FILES =
  /^(README|DEPLOY|EDITORS)\.md$|^(package\.json|next\.config\.mjs|proxy\.ts|instrumentation\.ts|contentlayer\.config\.ts|vitest\.config\.ts|tsconfig\.json|Dockerfile|global\.d\.ts|eslint\.config\.mjs|prettier\.config\.mjs)$/;
const SOURCE = /\.(ts|tsx|mjs|js|css)$/;
/** A path-looking token: segments of letters, digits, `._-[]()@`, with a slash or a known root. */
const TOKEN = /(?:\.{1,2}\/)?(?:[\w.@()[\]-]+\/)*[\w.@()[\]-]+\.[a-z0-9]{1,10}\b\/?|(?:\.{1,2}\/)?(?:[\w.@()[\]-]+\/)+/g;

/** The comment text of a source line (what follows `//`, or a line of a block comment); null for code. */
function commentOf(line: string, inBlock: boolean): string | null {
  const trimmed = line.trim();
  if (inBlock || trimmed.startsWith('/*') || trimmed.startsWith('*')) return line;
  const at = line.search(/(^|\s)\/\/\s/);
  return at >= 0 ? line.slice(at) : null;
}

/**
 * Every repository path named in a comment of a source file or anywhere in
 * a Markdown file, as written: relative ones (starting with a dot) resolved
 * against the file's folder, unless they start at a top folder of the
 * repository (`./lib/…` on a command line), the rest against the repository. Placeholders (`<slug>`,
 * `*`, `{a,b}`, `…`) and URLs are not paths.
 */
export function pathMentions(file: string, text: string): PathMention[] {
  const markdown = file.endsWith('.md');
  const out: PathMention[] = [];
  let inBlock = false;
  text.split('\n').forEach((line, i) => {
    const comment = markdown ? line : commentOf(line, inBlock);
    if (!markdown) {
      const opens = line.lastIndexOf('/*');
      const closes = line.lastIndexOf('*/');
      if (opens > closes) inBlock = true;
      else if (closes >= 0) inBlock = false;
    }
    if (comment === null) return;
    const clean = comment
      .replace(/<br\s*\/?>/g, ' ')
      .replace(/\]\(/g, '] ')
      .replace(/[a-z][a-z0-9+.-]*:\/\/\S+/gi, ' ')
      .replace(/\S*[<>*{}…$%]\S*/g, ' ');
    for (const m of clean.matchAll(TOKEN)) {
      const raw = m[0]!
        .replace(/^\(+/, '')
        .replace(/[.)\]]+$/, (tail) => (tail.startsWith('.') ? '' : tail))
        .replace(/\)$/, '');
      const before = clean[m.index! - 1] ?? ' ';
      if (/[\w@/-]/.test(before)) continue; // part of a longer word: a package path, `next/dist/…`
      const fromRoot = raw.startsWith('./') && ROOTS.includes(raw.slice(2).split('/')[0]!);
      const relative = !fromRoot && (raw.startsWith('./') || raw.startsWith('../'));
      const first = (fromRoot ? raw.slice(2) : raw).split('/')[0]!;
      if (!relative && !ROOTS.includes(first) && !(ROOT_FILES.test(raw) && !raw.includes('/'))) continue;
      if (!relative && !raw.includes('/') && !ROOT_FILES.test(raw)) continue;
      const path = relative ? normalize(join(dirname(file), raw)) : (fromRoot ? raw.slice(2) : raw).replace(/\/$/, '');
      out.push({ file, line: i + 1, path });
    }
  });
  return out;
}

/** The files git tracks (and the ones it does not ignore), Markdown and source. */
export function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => f && existsSync(f) && (f.endsWith('.md') || SOURCE.test(f)));
}

export const readText = (file: string) => readFileSync(file, 'utf8');
