import type { Locale } from '../../i18n/locales';

/**
 * The editors' contract: every frontmatter field a briefing may carry, with
 * its type, whether it is required, and the words an editor sees when it is
 * wrong. contentlayer.config.ts derives its field list from this table, and
 * the rules in ./check/ (field-rules.ts, nested-rules.ts) check files against it, so the two never disagree.
 */
export type FieldType = 'string' | 'date' | 'boolean' | 'string-list' | 'source-list' | 'correction-list' | 'image' | 'translation-of' | 'live';

export type FieldSpec = {
  type: FieldType;
  required: boolean;
  /** What the field is, in the editor's words (EDITORS.md repeats these). */
  description: string;
  /** A correct example, shown in fix-it messages. */
  example: string;
};

export const briefingFields = {
  title: {
    type: 'string',
    required: true,
    description: 'the headline',
    example: 'title: "China approves first imports of Nvidia H200 chips"',
  },
  summary: {
    type: 'string',
    required: true,
    description: 'the one-paragraph dek shown under the title, in lists, feeds and share cards',
    example: 'summary: "Beijing has cleared several hundred thousand chips…"',
  },
  date: {
    type: 'date',
    required: true,
    description: 'the publication date, YYYY-MM-DD, or with the time and its UTC offset, YYYY-MM-DDTHH:MM+03:00 (a future date schedules the briefing)',
    example: 'date: 2026-01-28',
  },
  updated: {
    type: 'date',
    required: false,
    description: 'the date of the last substantive update, YYYY-MM-DD or YYYY-MM-DDTHH:MM+03:00',
    example: 'updated: 2026-01-29T09:30+03:00',
  },
  topics: {
    type: 'string-list',
    required: true,
    description: 'one or more topic ids from content/topics.yaml',
    example: 'topics: [semiconductors, china]',
  },
  authors: {
    type: 'string-list',
    required: false,
    description: 'who signs the briefing: one or more author or desk ids from content/authors.yaml',
    example: 'authors: [mawjaz-desk]',
  },
  sources: {
    type: 'source-list',
    required: true,
    description: 'one or more sources, each with the publisher\'s name and what identifies the report: its url, or its date (and headline) when there is no address',
    example: 'sources:\n  - name: Reuters\n    title: "China approves first imports of Nvidia H200 chips"\n    date: 2026-01-28\n    url: https://www.reuters.com/…',
  },
  corrections: {
    type: 'correction-list',
    required: false,
    description: 'each correction made after publication: its date and what was corrected',
    example: 'corrections:\n  - date: 2026-01-29T10:00+03:00\n    text: "An earlier version gave the wrong number of chips."',
  },
  draft: {
    type: 'boolean',
    required: false,
    description: 'true keeps the briefing out of the published site',
    example: 'draft: true',
  },
  image: {
    type: 'image',
    required: false,
    description: 'a lead image with its alt text, and optionally a caption and a credit: { src, alt, caption, credit }',
    example: 'image:\n  src: /images/h200.jpg\n  alt: "An Nvidia H200 board"\n  caption: "The H200 at a trade fair"\n  credit: "Reuters"',
  },
  live: {
    type: 'live',
    required: false,
    description: 'makes the briefing a live briefing, covered update by update with <Update> in the body: when the coverage started, and when it ended (add end once the story is over); both with the time and its UTC offset',
    example: 'live:\n  start: 2026-01-28T09:00+03:00\n  end: 2026-01-28T21:00+03:00',
  },
  translationOf: {
    type: 'translation-of',
    required: false,
    description: 'which version this translation was made from: the language of its twin and the git commit of that file it was translated from (npm run new:briefing writes it)',
    example: 'translationOf:\n  locale: ar\n  commit: 3f9c2d41a7b0e5c86d1f2a9b4c7e0d3f5a6b8c91',
  },
} as const satisfies Record<string, FieldSpec>;

export type BriefingField = keyof typeof briefingFields;
export const briefingFieldNames = Object.keys(briefingFields) as BriefingField[];

/** One field of a nested object (a source, a correction, the image). */
export type NestedFieldSpec = { type: 'string' | 'date'; required: boolean };

/**
 * The nested objects of the contract, by the type name contentlayer gives
 * them (its generated JSON carries `type: 'Source'`…). contentlayer.config.ts
 * builds its nested types from these tables (lib/content/document-types.ts),
 * lib/content/briefing-file.ts writes the same names, and the check knows
 * each object's keys from them. A new nested field: one table here, one row
 * in `nestedFieldTypes`, and a FieldType for it.
 */
export const nestedTypes = {
  /** One `sources` entry: the publisher, and what identifies the report (a url or a date, at least: the check says so). */
  Source: {
    name: { type: 'string', required: true },
    title: { type: 'string', required: false },
    date: { type: 'date', required: false },
    url: { type: 'string', required: false },
  },
  /** One `corrections` entry. */
  Correction: {
    date: { type: 'date', required: true },
    text: { type: 'string', required: true },
  },
  /** The lead image. */
  BriefingImage: {
    src: { type: 'string', required: true },
    alt: { type: 'string', required: true },
    caption: { type: 'string', required: false },
    credit: { type: 'string', required: false },
  },
  /** `live`: the coverage of a live briefing, from `start` to `end` (no end: still live). */
  LiveCoverage: {
    start: { type: 'date', required: true },
    end: { type: 'date', required: false },
  },
  /** `translationOf`: which version of its twin a translation was made from (the check verifies the language and the commit). */
  TranslationOf: {
    locale: { type: 'string', required: true },
    commit: { type: 'string', required: true },
  },
} as const satisfies Record<string, Record<string, NestedFieldSpec>>;

export type NestedTypeName = keyof typeof nestedTypes;

/** The field types that hold nested objects: which type, and whether a list of them. */
export const nestedFieldTypes = {
  'source-list': { of: 'Source', list: true },
  'correction-list': { of: 'Correction', list: true },
  image: { of: 'BriefingImage', list: false },
  'translation-of': { of: 'TranslationOf', list: false },
  live: { of: 'LiveCoverage', list: false },
} as const satisfies Partial<Record<FieldType, { of: NestedTypeName; list: boolean }>>;

const keysOf = <T extends object>(table: T) => Object.keys(table) as (keyof T & string)[];
/** Fields of one `sources` entry. */
export const sourceFields = keysOf(nestedTypes.Source);
/** Fields of one `corrections` entry. */
export const correctionFields = keysOf(nestedTypes.Correction);
/** Fields of `image`. */
export const imageFields = keysOf(nestedTypes.BriefingImage);
/** Fields of `translationOf`: the twin's language and the commit of its file the translation was made from. */
export const translationOfFields = keysOf(nestedTypes.TranslationOf);
/** Fields of `live`. */
export const liveFields = keysOf(nestedTypes.LiveCoverage);
/** A git commit id as `translationOf.commit` holds it: 7 to 40 lower-case hex digits (new:briefing writes all 40). */
export const COMMIT_PATTERN = /^[0-9a-f]{7,40}$/;

/**
 * The fields of a site page (content/pages/<locale>/<slug>.mdx: about,
 * standards, corrections policy): a second document type with a smaller
 * contract, checked by the same rules.
 */
export const pageFields = {
  title: briefingFields.title,
  summary: {
    type: 'string',
    required: true,
    description: 'one sentence saying what the page is about, for search results and share cards',
    example: 'summary: "What Mawjaz publishes, and how."',
  },
  updated: {
    type: 'date',
    required: false,
    description: 'the date of the last substantive change to the page, YYYY-MM-DD',
    example: 'updated: 2026-12-01',
  },
} as const satisfies Record<string, FieldSpec>;

export type PageField = keyof typeof pageFields;

/** Where briefings live, relative to the content folder. */
export const BRIEFINGS_DIR = 'briefings';
/** Where site pages live, relative to the content folder. */
export const PAGES_DIR = 'pages';
export const TOPICS_FILE = 'topics.yaml';
export const AUTHORS_FILE = 'authors.yaml';

/** A slug is the file name: ASCII lower-case words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The MDX components editors may use: the attributes each requires, the
 * optional ones it understands, and the component it must sit inside.
 * components/mdx/index.ts must provide exactly these names (TypeScript checks
 * it), and the content check flags any other component, a missing required
 * attribute and a misspelt optional one (which React would silently drop),
 * before the build. Keep `optional` in step with each component's Props.
 */
export const mdxComponentContract = {
  KeyPoints: { required: [], optional: [], parent: null },
  Quote: { required: ['by'], optional: ['role'], parent: null },
  Timeline: { required: [], optional: ['title'], parent: null },
  Event: { required: ['date'], optional: [], parent: 'Timeline' },
  Figure: { required: ['src', 'alt'], optional: ['caption', 'credit', 'width', 'height'], parent: null },
  Callout: { required: [], optional: ['title'], parent: null },
  // One update of a live briefing. Not `key`: React keeps that name for itself.
  Update: { required: ['id', 'time'], optional: ['keyEvent', 'breaking'], parent: null },
} as const satisfies Record<
  string,
  { required: readonly string[]; optional: readonly string[]; parent: string | null }
>;

export type MdxComponentName = keyof typeof mdxComponentContract;

/**
 * The longest title and summary, in user-perceived characters (a letter with
 * its tashkeel, or an emoji, counts once), per language. Why these numbers:
 * - title: search results show about 60 characters and social previews
 *   (X, Facebook, WhatsApp, LinkedIn) two lines, about 70–90; our share card
 *   fits four lines of the title. Past the limit the headline is cut
 *   everywhere. Arabic is written without short vowels and its letters are
 *   wider at the same size, so the same headline is shorter in characters
 *   and its limit is lower.
 * - summary: search results show about 160 characters of the description and
 *   social previews about 200–300; a dek past that is cut everywhere, so only
 *   its first sentence should carry the news.
 * Every locale of i18n/locales.ts needs a row (TypeScript checks it).
 */
export const textLimits = {
  title: { ar: 80, en: 90 },
  summary: { ar: 270, en: 300 },
} as const satisfies Record<'title' | 'summary', Record<Locale, number>>;

/**
 * The mark the scaffold (npm run new:briefing) puts where an editor must
 * write something. The check rejects any file that still contains it, so a
 * half-filled briefing cannot be published by accident.
 */
export const PLACEHOLDER = 'TODO';
