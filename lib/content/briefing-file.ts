import { createHash } from 'node:crypto';
import { isLocale } from '../../i18n/locales';
import { countWords } from '../format/reading-time';
import { normalizeSource, parseFrontmatter, type Frontmatter } from './frontmatter';
import { briefingFields, nestedFieldTypes, type FieldType } from './schema';
import type { Briefing } from './build-files';
import { liveUpdatesOf } from './live';
import { mdxPlainText } from './text';

/**
 * A briefing read from its source file, field for field as contentlayer2
 * writes it (`.contentlayer/generated/Briefing/*.json`, without the body).
 *
 * contentlayer2 cannot take a decade of archive in one pass: at 20,000
 * briefings it ran out of a 6 GB heap after 17 minutes (`npm run bench:scale`),
 * as upstream it did at about 14,000 (contentlayer#476). So it compiles only
 * the newest briefings (lib/content/compile-window.ts) and the metadata index of
 * every briefing is read from the files here. contentlayer.config.ts's
 * onSuccess compares both views of every document it did read
 * (`metadataDrift`), so the two can never silently disagree.
 */

/** The fields contentlayer computes, computed once here for both views. */
export const computed = {
  locale: (sourceFileDir: string) => sourceFileDir.split('/')[1] ?? '',
  slug: (sourceFileName: string) => sourceFileName.replace(/\.mdx$/, ''),
  /**
   * What the body says, in 16 hex digits: the search index knows it is stale
   * when a body changed, without reading the bodies again. Line ends are
   * normalized first, so a CRLF file has the same digest in both views.
   */
  digest: (bodyRaw: string) => createHash('sha256').update(normalizeSource(bodyRaw)).digest('hex').slice(0, 16),
  /** Counted once at build time, so lists know the reading time without the body. */
  words: (summary: string, bodyRaw: string, locale: string) =>
    isLocale(locale) ? countWords(`${summary}\n${mdxPlainText(normalizeSource(bodyRaw))}`, locale) : 0,
  /** A live briefing's updates, newest first (lib/content/live.ts); empty for any other briefing. */
  updates: (bodyRaw: string) => liveUpdatesOf(normalizeSource(bodyRaw)),
};

/** contentlayer's name of the nested type a field type holds (./schema.ts, as ./document-types.ts declares them). */
const nestedTypeName = (type: FieldType): string | undefined =>
  type in nestedFieldTypes ? nestedFieldTypes[type as keyof typeof nestedFieldTypes].of : undefined;

function nested(value: unknown, type: string): unknown {
  return value && typeof value === 'object' ? { ...(value as object), type, _raw: {} } : value;
}

/** One field's value as contentlayer stores it; undefined leaves it out. */
function fieldValue(type: FieldType, value: unknown): unknown {
  if (value === undefined || value === null) return type === 'boolean' ? false : undefined;
  const typeName = nestedTypeName(type);
  if (typeName && Array.isArray(value)) return value.map((item) => nested(item, typeName));
  if (typeName) return nested(value, typeName);
  return value;
}

export type BriefingFile = { briefing: Briefing; bodyRaw: string };

/**
 * Metadata and raw body of `briefings/<locale>/<slug>.mdx` (a path relative
 * to content/), from the file's text; null when it has no frontmatter.
 * Validity is lib/content/check's job, which runs before anything reads this.
 */
export function readBriefingFile(sourceFilePath: string, text: string): BriefingFile | null {
  return briefingFromFrontmatter(sourceFilePath, parseFrontmatter(text));
}

/** The same, from a file already parsed (the content check parses every file once). */
export function briefingFromFrontmatter(sourceFilePath: string, fm: Pick<Frontmatter, 'data' | 'body'> | null): BriefingFile | null {
  if (!fm?.data) return null;
  const sourceFileName = sourceFilePath.split('/').pop() ?? sourceFilePath;
  const sourceFileDir = sourceFilePath.split('/').slice(0, -1).join('/');
  const fields: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(briefingFields)) {
    const value = fieldValue(spec.type, fm.data[name]);
    if (value !== undefined) fields[name] = value;
  }
  const locale = computed.locale(sourceFileDir);
  const briefing = {
    ...fields,
    _id: sourceFilePath,
    _raw: {
      sourceFilePath,
      sourceFileName,
      sourceFileDir,
      contentType: 'mdx',
      flattenedPath: sourceFilePath.replace(/\.mdx$/, ''),
    },
    type: 'Briefing',
    locale,
    slug: computed.slug(sourceFileName),
    digest: computed.digest(fm.body),
    words: computed.words(String(fields.summary ?? ''), fm.body, locale),
    updates: computed.updates(fm.body),
  } as Briefing;
  return { briefing, bodyRaw: fm.body };
}

/**
 * Where contentlayer's document and ours differ: field paths, empty when
 * they agree. Compared as JSON, the form both are stored in.
 */
export function metadataDrift(generated: Record<string, unknown>, ours: Record<string, unknown>): string[] {
  const { body: _body, ...theirs } = generated;
  const names = new Set([...Object.keys(theirs), ...Object.keys(ours)]);
  return [...names].filter((name) => canonical(theirs[name]) !== canonical(ours[name])).sort();
}

/** JSON with object keys sorted: the same data gives the same text, whatever order its keys came in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}
