import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AuthorList, Briefing as GeneratedBriefing, SitePage, TopicList } from 'contentlayer/generated';

/**
 * Where the pages' data comes from. contentlayer2 writes every document
 * twice: one JSON file per briefing, and `_index.json` with all of them,
 * bodies included, which `contentlayer/generated` imports. Importing that
 * index put every body of the archive into the server bundle (twice: 93 MB
 * chunks at 5,000 briefings, heading for contentlayer#476's 489 MB at
 * 14,000). So nothing imports it: the build writes a metadata index (every
 * field but the body) once, lists read that, and a briefing page reads its
 * own document's file for its body.
 */

/** A briefing without its body: what lists, feeds' metadata, the sitemap and search read. */
export type Briefing = Omit<GeneratedBriefing, 'body'>;
/** A briefing's MDX: compiled (`code`) for rendering, `raw` for text. */
export type BriefingBody = GeneratedBriefing['body'];

const GENERATED = join('.contentlayer', 'generated');
/** The metadata index, written at build time by `writeBriefingIndex`. */
export const BRIEFING_INDEX = join('.contentlayer', 'mawjaz', 'briefings.json');

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
  // turbopackIgnore: the path is data of the build, not a module to trace.
  const mtimeMs = statSync(/* turbopackIgnore: true */ path).mtimeMs;
  if (hit && hit.mtimeMs === mtimeMs) return hit.value;
  const value = JSON.parse(readFileSync(/* turbopackIgnore: true */ path, 'utf8')) as T;
  cache.set(path, { mtimeMs, value });
  return value;
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

/** Every briefing of the build, drafts and scheduled ones included, without bodies. */
export function readBriefings(root: string = process.cwd()): Briefing[] {
  return readJson<Briefing[]>(join(root, BRIEFING_INDEX));
}

export function readTopicList(root: string = process.cwd()): TopicList {
  return readJson<TopicList>(join(root, GENERATED, 'TopicList', '_index.json'));
}

/** The site's own pages (about, standards…): a handful, bodies included. */
export function readSitePages(root: string = process.cwd()): SitePage[] {
  return readOptionalJson<SitePage[]>(join(root, GENERATED, 'SitePage', '_index.json')) ?? [];
}

/** content/authors.yaml as contentlayer read it; undefined when the file is absent. */
export function readAuthorList(root: string = process.cwd()): AuthorList | undefined {
  return readOptionalJson<AuthorList>(join(root, GENERATED, 'AuthorList', '_index.json'));
}

/** The file contentlayer2 writes for one document: `briefings/ar/x.mdx` → `briefings__ar__x.mdx.json`. */
export function documentFile(id: string, root: string = process.cwd()): string {
  return join(root, GENERATED, 'Briefing', `${id.replaceAll('/', '__')}.json`);
}

/** One briefing's body, read from its own document file; null when it is gone. */
export function readBody(briefing: Pick<Briefing, '_id'>, root: string = process.cwd()): BriefingBody | null {
  try {
    return JSON.parse(readFileSync(/* turbopackIgnore: true */ documentFile(briefing._id, root), 'utf8')).body as BriefingBody;
  } catch {
    return null;
  }
}

/**
 * Writes the metadata index from contentlayer's per-document files, one file
 * at a time (never the whole archive with bodies in memory), in a stable
 * order so that the same content gives the same bytes. Runs in
 * contentlayer's onSuccess, so every build and `next dev` regeneration has it.
 */
export function writeBriefingIndex(root: string = process.cwd()): number {
  const dir = join(root, GENERATED, 'Briefing');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
    .sort();
  const index = files.map((file) => {
    const { body: _body, ...meta } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as GeneratedBriefing;
    return meta;
  });
  mkdirSync(join(root, '.contentlayer', 'mawjaz'), { recursive: true });
  writeFileSync(join(root, BRIEFING_INDEX), JSON.stringify(index));
  return index.length;
}
