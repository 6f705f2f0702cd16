import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Briefing as GeneratedBriefing } from 'contentlayer/generated';
import { briefingFromFrontmatter, metadataDrift, readBriefingFile } from './briefing-file';
import { parseFrontmatter } from './frontmatter';
import type { Parsed } from './check/corpus';
import { parseAuthorsFile } from './authors-file';
import { AUTHORS_FILE, TOPICS_FILE } from './schema';
import { AUTHOR_INDEX, BRIEFING_INDEX, BRIEFING_PATH, CONTENT_DIR, GENERATED, TOPIC_INDEX, type AuthorList, type Briefing, type TopicList } from './store';
import { parseTopicsFile } from './topics-file';

/**
 * The build's side of ./store.ts: writes the metadata index the pages read.
 * Run by contentlayer.config.ts's onSuccess, never imported by a page (so
 * the bundler never sees its reads of every file under content/).
 */

/** Every briefing source file under content/, as `briefings/<locale>/<file>.mdx`, sorted. */
function briefingSourceFiles(root: string): string[] {
  const dir = join(root, CONTENT_DIR, 'briefings');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(dir, d.name)).filter((f) => f.endsWith('.mdx')).map((f) => `briefings/${d.name}/${f}`))
    .sort();
}

/** `content/briefings/<locale>/<file>.mdx` → `briefings/<locale>/<file>.mdx`; null for any other path. */
function briefingId(path: string): string | null {
  const id = path.slice(`${CONTENT_DIR}/`.length);
  return path.startsWith(`${CONTENT_DIR}/`) && BRIEFING_PATH.test(id) ? id : null;
}

/**
 * The metadata of every briefing, from the files the content check parsed
 * (`collectCorpus`): what `readBriefingSources` reads, without reading and
 * parsing every file a second time (./index-writer.test.ts compares both).
 */
export function briefingsOfCorpus(corpus: { parsed: readonly Pick<Parsed, 'path' | 'fm'>[] }): Briefing[] {
  return corpus.parsed
    .flatMap((f) => {
      const id = briefingId(f.path);
      const file = id ? briefingFromFrontmatter(id, f.fm) : null;
      return file ? [file.briefing] : [];
    })
    .sort(byId);
}

/** The index's order: by file path, as `readBriefingSources` lists them. */
export const byId = (a: Briefing, b: Briefing) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0);

/** The metadata of every briefing under content/, read from the source files, in a stable order. */
export function readBriefingSources(root: string = process.cwd()): Briefing[] {
  return briefingSourceFiles(root).flatMap((id) => {
    const file = readBriefingFile(id, readFileSync(join(root, CONTENT_DIR, id), 'utf8'));
    return file ? [file.briefing] : [];
  });
}

/**
 * The briefing documents of contentlayer's last run, as listed by its
 * `_index.mjs` (one import per document, small). contentlayer2 never deletes
 * the file of a document it no longer reads: after a full run (`npm test`,
 * `npm run dev`) and then a build that compiles only the window, the older
 * files would stay and a page would render a body edited since. So the files
 * the last run did not write are removed here.
 */
function generatedDocuments(dir: string): string[] {
  const list = join(dir, '_index.mjs');
  if (!existsSync(list)) return [];
  const current = new Set([...readFileSync(list, 'utf8').matchAll(/from '\.\/([^']+\.json)'/g)].map((m) => m[1]!));
  for (const file of readdirSync(dir)) {
    if (file.endsWith('.json') && !file.startsWith('_') && !current.has(file)) rmSync(join(dir, file));
  }
  return [...current].sort();
}

/**
 * Writes the metadata index of every briefing, read from the source files
 * (contentlayer compiles only the window), in a stable order so that the
 * same content gives the same bytes. `npm run build` writes it when it
 * checks content and stages the window (scripts/content-build.ts);
 * contentlayer's onSuccess writes it everywhere else (`npm run dev`,
 * `contentlayer2 build`).
 */
export function writeBriefingIndex(root: string = process.cwd(), index: Briefing[] = readBriefingSources(root)): Briefing[] {
  mkdirSync(join(root, '.contentlayer', 'mawjaz'), { recursive: true });
  writeFileSync(join(root, BRIEFING_INDEX), JSON.stringify(index));
  return index;
}

/**
 * Writes content/topics.yaml and content/authors.yaml as the pages read
 * them, parsed by the one reader of each (./topics-file.ts,
 * ./authors-file.ts), whose strict, line-numbered checks the content check
 * reports. contentlayer never reads these files (./stage.ts leaves them out
 * of its copy). No authors.yaml: no authors index, and no authors.
 */
export function writeDeclaredLists(root: string = process.cwd()): void {
  mkdirSync(join(root, '.contentlayer', 'mawjaz'), { recursive: true });
  const read = (file: string) => {
    const path = join(root, CONTENT_DIR, file);
    return existsSync(path) ? readFileSync(path, 'utf8') : null;
  };
  const topics = read(TOPICS_FILE);
  const topicList: TopicList = { topics: topics === null ? [] : parseTopicsFile(`${CONTENT_DIR}/${TOPICS_FILE}`, topics).topics };
  writeFileSync(join(root, TOPIC_INDEX), JSON.stringify(topicList));
  const authors = read(AUTHORS_FILE);
  if (authors === null) rmSync(join(root, AUTHOR_INDEX), { force: true });
  else writeFileSync(join(root, AUTHOR_INDEX), JSON.stringify({ authors: parseAuthorsFile(`${CONTENT_DIR}/${AUTHORS_FILE}`, authors).authors } satisfies AuthorList));
}

/**
 * After contentlayer's run: every document it compiled is compared with
 * the same file's entry in the index. Both read the same staged bytes
 * (./stage.ts), so they agree unless a field of the schema is handled in
 * one of them only, or one parser reads some YAML differently
 * (./reader-agreement.build.test.ts hunts for that): the build then stops with one
 * line naming the file, the line of the first field read differently, and
 * what to do. Documents of an earlier run are removed first (`generatedDocuments`).
 */
export function checkGenerated(root: string, index: readonly Briefing[]): void {
  const byId = new Map(index.map((b) => [b._id, b]));
  const dir = join(root, GENERATED, 'Briefing');
  for (const file of generatedDocuments(dir)) {
    const document = JSON.parse(readFileSync(join(dir, file), 'utf8')) as GeneratedBriefing;
    const ours = byId.get(document._id);
    const drift = ours ? metadataDrift(document, ours) : ['(no source file in content/)'];
    if (drift.length) throw new Error(driftLine(root, document._id, drift));
  }
}

/** The drift check's one line, in the editors' `path:line:column: rule: message — fix` form. */
export function driftLine(root: string, id: string, drift: readonly string[]): string {
  const path = `${CONTENT_DIR}/${id}`;
  let text = '';
  try {
    text = readFileSync(join(root, path), 'utf8');
  } catch {
    // The source is gone: the line is 1.
  }
  const fm = parseFrontmatter(text);
  const position = drift.map((field) => fm?.keyPositions.get(field)).find((p) => p) ?? { line: 1, column: 1 };
  return (
    `${path}:${position.line}:${position.column}: reader-drift: contentlayer and lib/content/briefing-file.ts read ${drift.map((f) => `\`${f}\``).join(', ')} differently, ` +
    'though npm run content:check accepted the file — a bug in the site, not in the file: report it with this file ' +
    '(lib/content/reader-agreement.build.test.ts shows how both readers are compared); rewriting the value in plain YAML may avoid it meanwhile'
  );
}
