/**
 * The editors' contract: every frontmatter field a briefing may carry, with
 * its type, whether it is required, and the words an editor sees when it is
 * wrong. contentlayer.config.ts derives its field list from this table, and
 * the rules in ./rules.ts check files against it, so the two never disagree.
 */
export type FieldType = 'string' | 'date' | 'boolean' | 'string-list' | 'source-list' | 'image';

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
    description: 'the publication date, YYYY-MM-DD (a future date schedules the briefing)',
    example: 'date: 2026-01-28',
  },
  updated: {
    type: 'date',
    required: false,
    description: 'the date of the last substantive update, YYYY-MM-DD',
    example: 'updated: 2026-01-29',
  },
  topics: {
    type: 'string-list',
    required: true,
    description: 'one or more topic ids from content/topics.yaml',
    example: 'topics: [semiconductors, china]',
  },
  sources: {
    type: 'source-list',
    required: true,
    description: 'one or more sources, each with a name and an http(s) url',
    example: 'sources:\n  - name: Reuters\n    url: https://www.reuters.com/…',
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
    description: 'a lead image with its alt text: { src, alt }',
    example: 'image:\n  src: /images/h200.jpg\n  alt: "An Nvidia H200 board"',
  },
} as const satisfies Record<string, FieldSpec>;

export type BriefingField = keyof typeof briefingFields;
export const briefingFieldNames = Object.keys(briefingFields) as BriefingField[];

/** Fields of one `sources` entry. */
export const sourceFields = ['name', 'url'] as const;
/** Fields of `image`. */
export const imageFields = ['src', 'alt'] as const;

/** Where briefings live, relative to the content folder. */
export const BRIEFINGS_DIR = 'briefings';
export const TOPICS_FILE = 'topics.yaml';

/** A slug is the file name: ASCII lower-case words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The MDX components editors may use, with the attributes each requires.
 * components/mdx/index.ts must provide exactly these (TypeScript checks it),
 * and the content check flags any other component before the build.
 */
export const mdxComponentContract = {
  KeyPoints: { required: [] },
  Quote: { required: ['by'] },
  Timeline: { required: [] },
  Event: { required: ['date'] },
  Figure: { required: ['src', 'alt'] },
  Callout: { required: [] },
} as const satisfies Record<string, { required: readonly string[] }>;

export type MdxComponentName = keyof typeof mdxComponentContract;
