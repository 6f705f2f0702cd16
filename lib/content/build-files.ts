import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Briefing as GeneratedBriefing, SitePage } from 'contentlayer/generated';
import type { AuthorDeclaration } from './authors-file';
import type { TopicDeclaration } from './topics-file';
import type { Diagnostic } from './check/diagnostic';
import { compileBody } from './compile';
import { splitFrontmatter } from './frontmatter';
import type { LiveUpdate } from './live';

/**
 * Where the pages' data comes from. contentlayer2 writes every document
 * twice: one JSON file per briefing, and `_index.json` with all of them,
 * bodies included, which `contentlayer/generated` imports. Importing that
 * index put every body of the archive into the server bundle (twice: 93 MB
 * chunks at 5,000 briefings, heading for contentlayer#476's 489 MB at
 * 14,000). So nothing imports it: the build writes a metadata index (every
 * field but the body) once, lists read that, and a briefing page reads its
 * own document's file for its body.
 *
 * contentlayer compiles only the newest briefings (lib/content/compile-window.ts):
 * the index is read from every source file (./briefing-file.ts), and a
 * long-tail briefing's body is compiled from its source on its first request
 * (./compile.ts), after which the page is cached.
 */

/** A briefing without its body: what lists, feeds' metadata, the sitemap and search read. */
export type Briefing = Omit<GeneratedBriefing, 'body' | 'updates'> & { updates: LiveUpdate[] };
/** A briefing's MDX: compiled (`code`) for rendering, `raw` for text. */
export type BriefingBody = GeneratedBriefing['body'];

export const GENERATED = join('.contentlayer', 'generated');
/** The metadata index, written at build time by `writeBriefingIndex`. */
export const BRIEFING_INDEX = join('.contentlayer', 'mawjaz', 'briefings.json');
/**
 * `npm run dev`'s view of content/, rewritten after every save by
 * scripts/dev.ts (./preview-writer.ts): the briefings without errors and
 * the content check's diagnostics. `next dev` reads it instead of the index.
 */
export const PREVIEW_FILE = join('.contentlayer', 'mawjaz', 'preview.json');
export type PreviewState = { briefings: Briefing[]; diagnostics: Diagnostic[] };

const dev = process.env.NODE_ENV === 'development';

type Cached<T> = { mtimeMs: number; value: T };
const cache = new Map<string, Cached<unknown>>();

/**
 * A JSON file of the build, parsed once per server process (in `next dev`,
 * again whenever contentlayer rewrites it).
 */
function readJson<T>(path: string): T {
  const hit = cache.get(path) as Cached<T> | undefined;
  if (hit && !dev) return hit.value;
  try {
    // turbopackIgnore: the path is data of the build, not a module to trace.
    const mtimeMs = statSync(/* turbopackIgnore: true */ path).mtimeMs;
    if (hit && hit.mtimeMs === mtimeMs) return hit.value;
    const value = JSON.parse(readFileSync(/* turbopackIgnore: true */ path, 'utf8')) as T;
    cache.set(path, { mtimeMs, value });
    return value;
  } catch (error) {
    // contentlayer2 dev rewrites its files in place: a reload at that moment
    // read half a file and answered 500. The preview keeps what it had.
    if (dev && hit) return hit.value;
    throw error;
  }
}

const absent = new Set<string>();

/**
 * A JSON file contentlayer writes only when its content exists (no site
 * pages, no authors.yaml): undefined then, and the absence is remembered
 * like a read, so a footer on every page does not ask the disk again.
 */
function readOptionalJson<T>(path: string): T | undefined {
  if (!dev && absent.has(path)) return undefined;
  if (!existsSync(/* turbopackIgnore: true */ path)) {
    absent.add(path);
    return undefined;
  }
  return readJson<T>(path);
}

/** The preview's state (PREVIEW_FILE), in `next dev` started by `npm run dev`; null elsewhere. */
function readPreview(root: string): PreviewState | null {
  return dev ? (readOptionalJson<PreviewState>(join(root, PREVIEW_FILE)) ?? null) : null;
}

/**
 * In the preview, waits (a second at most) until the content check has
 * seen the last save of a briefing's file: a reload in the few
 * milliseconds between the save and the check would otherwise render the
 * new file with the old verdict, and a file just broken (an unknown
 * component) answered 500. Synchronous, as the pages' lookups are; `next
 * dev` only.
 */
function awaitCheck(id: string, root: string): void {
  const preview = join(root, PREVIEW_FILE);
  const source = sourceFile(id, root);
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; waited < 1000; waited += 10) {
    const checked = statSync(/* turbopackIgnore: true */ preview, { throwIfNoEntry: false });
    const saved = statSync(/* turbopackIgnore: true */ source, { throwIfNoEntry: false });
    if (!checked || !saved || checked.mtimeMs >= saved.mtimeMs) return;
    Atomics.wait(pause, 0, 0, 10);
  }
}

/**
 * In the preview, the briefing files with errors, as `briefings/<locale>/<slug>.mdx`
 * (left out of every list, so the lists name them); empty elsewhere.
 */
export function readPreviewBroken(root: string = process.cwd()): string[] {
  const preview = readPreview(root);
  if (!preview) return [];
  const prefix = `${CONTENT_DIR}/`;
  const ids = preview.diagnostics
    .filter((d) => d.severity === 'error' && d.file.startsWith(prefix))
    .map((d) => d.file.slice(prefix.length))
    .filter((id) => BRIEFING_PATH.test(id));
  return [...new Set(ids)];
}

/** Every briefing of the build, drafts and scheduled ones included, without bodies. */
export function readBriefings(root: string = process.cwd()): Briefing[] {
  return readPreview(root)?.briefings ?? readJson<Briefing[]>(join(root, BRIEFING_INDEX));
}

/**
 * In the preview, the content check's diagnostics for one briefing file
 * (`briefings/<locale>/<slug>.mdx`) when any is an error, so that its page
 * shows them; empty outside `npm run dev` and for a file without errors.
 */
export function readPreviewProblems(id: string, root: string = process.cwd()): Diagnostic[] {
  if (!dev || !BRIEFING_PATH.test(id)) return [];
  awaitCheck(id, root);
  const preview = readPreview(root);
  if (!preview) return [];
  const file = `${CONTENT_DIR}/${id}`;
  const problems = preview.diagnostics.filter((d) => d.file === file);
  return problems.some((d) => d.severity === 'error') ? problems : [];
}

/** The metadata index's companions: content/topics.yaml and content/authors.yaml as lib/content/topics-file.ts and authors-file.ts read them. */
export const TOPIC_INDEX = join('.contentlayer', 'mawjaz', 'topics.json');
export const AUTHOR_INDEX = join('.contentlayer', 'mawjaz', 'authors.json');
export type TopicList = { topics: TopicDeclaration[] };
export type AuthorList = { authors: AuthorDeclaration[] };

/** content/topics.yaml, as the build read it (lib/content/briefing-list.ts `writeDeclaredLists`). */
export function readTopicList(root: string = process.cwd()): TopicList {
  return readJson<TopicList>(join(root, TOPIC_INDEX));
}

/** The site's own pages (about, standards…): a handful, bodies included. */
export function readSitePages(root: string = process.cwd()): SitePage[] {
  return readOptionalJson<SitePage[]>(join(root, GENERATED, 'SitePage', '_index.json')) ?? [];
}

/** content/authors.yaml, as the build read it; undefined when the file is absent. */
export function readAuthorList(root: string = process.cwd()): AuthorList | undefined {
  return readOptionalJson<AuthorList>(join(root, AUTHOR_INDEX));
}

/** The file contentlayer2 writes for one document: `briefings/ar/x.mdx` → `briefings__ar__x.mdx.json`. */
export function documentFile(id: string, root: string = process.cwd()): string {
  return join(root, GENERATED, 'Briefing', `${id.replaceAll('/', '__')}.json`);
}

/** The editors' folder, which the server reads a long-tail briefing's source from. */
export const CONTENT_DIR = 'content';
/** A briefing's path under content/, which is its `_id`: `briefings/<locale>/<slug>.mdx`. */
export const BRIEFING_PATH = /^briefings\/[^/]+\/[^/]+\.mdx$/;

/** A briefing's source file: `briefings/ar/<slug>.mdx` → `content/briefings/ar/<slug>.mdx`. */
export const sourceFile = (id: string, root: string = process.cwd()) => join(/* turbopackIgnore: true */ root, CONTENT_DIR, id);

function readText(path: string): string | null {
  try {
    return readFileSync(/* turbopackIgnore: true */ path, 'utf8');
  } catch {
    return null;
  }
}

/** contentlayer's compiled body of a briefing in the window; null outside it. */
function generatedBody(id: string, root: string): BriefingBody | null {
  const text = readText(documentFile(id, root));
  return text === null ? null : (JSON.parse(text) as GeneratedBriefing).body;
}

/**
 * One briefing's body: contentlayer's compiled document when the build
 * compiled it, else compiled from its source file now. Null when neither
 * exists (the file was removed since the build).
 */
export function readBody(briefing: Pick<Briefing, '_id'>, root: string = process.cwd()): BriefingBody | null {
  if (readPreview(root)) return previewBody(briefing._id, root);
  const generated = generatedBody(briefing._id, root);
  if (generated) return generated;
  const raw = sourceBody(briefing._id, root);
  return raw === null ? null : { raw, code: compileBody(raw) };
}

/** One briefing's MDX source text, without compiling it (search reads words, not code). */
export function readBodyText(briefing: Pick<Briefing, '_id'>, root: string = process.cwd()): string | null {
  return generatedBody(briefing._id, root)?.raw ?? sourceBody(briefing._id, root);
}

/** The body of a briefing's source file, after its frontmatter; null when the file is gone. */
function sourceBody(id: string, root: string): string | null {
  const text = readText(sourceFile(id, root));
  return text === null ? null : (splitFrontmatter(text)?.body ?? null);
}

// The preview's last compiled bodies, by source text: a reload of an
// unchanged briefing does not compile it again.
const compiled = new Map<string, string>();

/**
 * In the preview, a briefing's body is always compiled from its file as it
 * is now, never taken from contentlayer's output, which kept the last body
 * that compiled beside a broken file's new frontmatter. Null when the file
 * is gone or does not compile (its page then shows the check's diagnostics).
 */
function previewBody(id: string, root: string): BriefingBody | null {
  const raw = sourceBody(id, root);
  if (raw === null) return null;
  let code = compiled.get(raw);
  if (code === undefined) {
    try {
      code = compileBody(raw);
    } catch {
      return null;
    }
    if (compiled.size >= 50) compiled.delete(compiled.keys().next().value!);
    compiled.set(raw, code);
  }
  return { raw, code };
}
