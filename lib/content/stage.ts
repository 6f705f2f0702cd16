import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { canonicalSource } from './frontmatter';
import { AUTHORS_FILE, TOPICS_FILE } from './schema';

/**
 * contentlayer2 never reads content/ itself: it reads a staged copy in
 * which every editors' text file is written as our reader reads it
 * (`canonicalSource`: no BOM, LF line ends, bare `---` fences). Its own
 * reader (gray-matter) keeps the `\r` of a CRLF file in the last
 * frontmatter value, so a file `npm run content:check` accepted stopped the
 * build at the drift check (issue 19). Staging the same bytes makes both
 * readers see one input; lib/content/reader-agreement.build.test.ts proves they
 * then agree on thousands of variants of real briefings.
 *
 * `npm run build` stages only the window of newest briefings
 * (./window.ts, .contentlayer/window); `npm test` and `npm run dev` stage
 * content/ whole here (contentlayer.config.ts), and `npm run dev` keeps the
 * copy in step as editors save, leaving out files with errors (`stageAccepted`).
 */
export const STAGED_DIR = '.contentlayer/content';

/**
 * Files contentlayer is not given: the topic and author lists have one
 * reader, ours (./topics-file.ts, ./authors-file.ts; ./index-writer.ts
 * writes what the pages read).
 */
const NOT_FOR_CONTENTLAYER = new Set([TOPICS_FILE, AUTHORS_FILE]);

/** The editors' text files: staged in canonical form. Anything else (images) is copied as it is. */
const TEXT_FILE = /\.(mdx?|ya?ml)$/i;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** What contentlayer is given for one file: canonical text, or the bytes unchanged (images, and a file that is not UTF-8, which the check rejects). */
export function stagedBytes(rel: string, bytes: Buffer): Buffer | string {
  if (!TEXT_FILE.test(rel)) return bytes;
  try {
    return canonicalSource(utf8.decode(bytes));
  } catch {
    return bytes;
  }
}

/** Every file under `dir`, as forward-slash paths relative to it. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((rel) => rel.split('\\').join('/'))
    .filter((rel) => statSync(join(dir, rel)).isFile());
}

/**
 * Stages one file of `from` (a path relative to it) into `to`, or removes
 * its copy when the source is gone. The copy keeps the source's mtime, which
 * is what contentlayer's cache is keyed on: an unchanged briefing is not
 * compiled again, and an edited one is.
 */
export function stageFile(from: string, to: string, rel: string): void {
  const source = join(from, rel);
  const target = join(to, rel);
  if (!existsSync(source)) {
    rmSync(target, { recursive: true, force: true });
    return;
  }
  if (!statSync(source).isFile()) return;
  const staged = stagedBytes(rel, readFileSync(source));
  const current = existsSync(target) ? readFileSync(target) : null;
  if (!current || !current.equals(typeof staged === 'string' ? Buffer.from(staged) : staged)) {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, staged);
  }
  const { atime, mtime } = statSync(source);
  utimesSync(target, atime, mtime);
}

/**
 * Makes `to` a staged copy of `from` holding the files `keep` accepts
 * (paths relative to `from`), and nothing else: what an earlier run staged
 * and is no longer wanted is removed. Returns the staged paths.
 */
export function stageContent(from: string, to: string, keep: (rel: string) => boolean = () => true): string[] {
  const wanted = filesUnder(from).filter((rel) => !NOT_FOR_CONTENTLAYER.has(rel) && keep(rel));
  const wantedSet = new Set(wanted);
  for (const rel of filesUnder(to)) if (!wantedSet.has(rel)) rmSync(join(to, rel), { force: true });
  mkdirSync(to, { recursive: true });
  for (const rel of wanted) stageFile(from, to, rel);
  return wanted.sort();
}

/** Stages content/ whole for contentlayer (`npm test`, `npm run dev`, `contentlayer2 build`); returns the folder, relative to `root`. */
export function stageWhole(root: string): string {
  stageContent(join(root, 'content'), join(root, STAGED_DIR));
  return STAGED_DIR;
}

/**
 * The preview's staging (`npm run dev`, after every save): content/ staged
 * whole but for the files the content check found errors in. contentlayer2
 * stops its whole run on one file it cannot compile (an MDX syntax error)
 * and writes nothing, so a briefing broken before the preview started kept
 * it from starting at all; the preview shows a broken file's problems on its
 * page instead (./preview-writer.ts), so contentlayer need not see it.
 * `broken` holds paths relative to the project (`content/briefings/…`).
 */
export function stageAccepted(root: string, broken: ReadonlySet<string>): string[] {
  return stageContent(join(root, 'content'), join(root, STAGED_DIR), (rel) => !broken.has(`content/${rel}`));
}
