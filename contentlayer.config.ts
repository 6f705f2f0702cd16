import { createHash } from 'node:crypto';
import { defineDocumentType, defineNestedType, makeSource, type FieldDef } from 'contentlayer2/source-files';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import { isLocale, locales, siteTimeZone } from './i18n/locales';
import { runBuildChecks } from './lib/content/check/build-check';
import { briefingFields, pageFields, type FieldSpec, type FieldType } from './lib/content/schema';
import { writeBriefingIndex } from './lib/content/store';
import { mdxPlainText } from './lib/content/text';
import { countWords } from './lib/format/reading-time';

// A source needs a url or a date (lib/content/check says so, with the
// line): contentlayer only knows each is optional.
const Source = defineNestedType(() => ({
  name: 'Source',
  fields: {
    name: { type: 'string', required: true },
    title: { type: 'string', required: false },
    date: { type: 'string', required: false },
    url: { type: 'string', required: false },
  },
}));

const Correction = defineNestedType(() => ({
  name: 'Correction',
  fields: {
    date: { type: 'string', required: true },
    text: { type: 'string', required: true },
  },
}));

const Image = defineNestedType(() => ({
  name: 'BriefingImage',
  fields: {
    src: { type: 'string', required: true },
    alt: { type: 'string', required: true },
    caption: { type: 'string', required: false },
    credit: { type: 'string', required: false },
  },
}));

/** contentlayer's view of each field type of the editors' contract. */
function contentlayerField(type: FieldType, required: boolean): FieldDef {
  switch (type) {
    case 'string':
      return { type: 'string', required };
    case 'date':
      // Kept as written. contentlayer's `date` type turns every value into
      // a UTC ISO string: `2026-01-28` and `2026-01-28T03:00+03:00` both
      // become 2026-01-28T00:00:00.000Z, so a day could not be told from a
      // time and the offset would be lost. lib/content/check validates the
      // value (contentlayer would roll 2026-02-30 over into March anyway);
      // lib/format/date.ts reads it.
      return { type: 'string', required };
    case 'boolean':
      return { type: 'boolean', required, default: false };
    case 'string-list':
      return { type: 'list', of: { type: 'string' }, required };
    case 'source-list':
      return { type: 'list', of: Source, required };
    case 'correction-list':
      return { type: 'list', of: Correction, required };
    case 'image':
      return { type: 'nested', of: Image, required };
  }
}

const fieldsOf = (table: Record<string, FieldSpec>) =>
  Object.fromEntries(Object.entries(table).map(([name, spec]) => [name, contentlayerField(spec.type, spec.required)])) as Record<string, FieldDef>;
const fields = fieldsOf(briefingFields);

export const Briefing = defineDocumentType(() => ({
  name: 'Briefing',
  filePathPattern: 'briefings/*/*.mdx',
  contentType: 'mdx',
  fields,
  computedFields: {
    locale: { type: 'string', resolve: (doc) => doc._raw.sourceFileDir.split('/')[1] ?? '' },
    slug: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.mdx$/, '') },
    // What the body says, in 16 hex digits: the search index knows it is
    // stale when a body changed, without reading the bodies again.
    digest: { type: 'string', resolve: (doc) => createHash('sha256').update(doc.body.raw).digest('hex').slice(0, 16) },
    // Counted once here, so that lists and pages know the reading time
    // without loading the body (lib/content/store.ts).
    words: {
      type: 'number',
      resolve: (doc) => {
        const locale = doc._raw.sourceFileDir.split('/')[1];
        return isLocale(locale) ? countWords(`${doc.summary}\n${mdxPlainText(doc.body.raw)}`, locale) : 0;
      },
    },
  },
}));

/** A site page: about, editorial standards, corrections policy (content/pages/<locale>/<slug>.mdx). */
export const SitePage = defineDocumentType(() => ({
  name: 'SitePage',
  filePathPattern: 'pages/*/*.mdx',
  contentType: 'mdx',
  fields: fieldsOf(pageFields),
  computedFields: {
    locale: { type: 'string', resolve: (doc) => doc._raw.sourceFileDir.split('/')[1] ?? '' },
    slug: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.mdx$/, '') },
  },
}));

/** Text in every language of the locale table, as topic labels are. */
const localized = (name: string) =>
  defineNestedType(() => ({
    name,
    fields: Object.fromEntries(locales.map((l) => [l, { type: 'string', required: true }])) as Record<string, FieldDef>,
  }));
const AuthorName = localized('AuthorName');
const AuthorBio = localized('AuthorBio');

const Author = defineNestedType(() => ({
  name: 'Author',
  fields: {
    id: { type: 'string', required: true },
    kind: { type: 'enum', options: ['person', 'organization'], required: true },
    name: { type: 'nested', of: AuthorName, required: true },
    bio: { type: 'nested', of: AuthorBio, required: true },
  },
}));

export const AuthorList = defineDocumentType(() => ({
  name: 'AuthorList',
  filePathPattern: 'authors.yaml',
  contentType: 'data',
  isSingleton: true,
  fields: { authors: { type: 'list', of: Author, required: true } },
}));

const TopicLabel = defineNestedType(() => ({
  name: 'TopicLabel',
  fields: Object.fromEntries(locales.map((l) => [l, { type: 'string', required: true }])) as Record<string, FieldDef>,
}));

const Topic = defineNestedType(() => ({
  name: 'Topic',
  fields: {
    id: { type: 'string', required: true },
    label: { type: 'nested', of: TopicLabel, required: true },
  },
}));

export const TopicList = defineDocumentType(() => ({
  name: 'TopicList',
  filePathPattern: 'topics.yaml',
  contentType: 'data',
  isSingleton: true,
  fields: { topics: { type: 'list', of: Topic, required: true } },
}));

export default makeSource({
  contentDirPath: 'content',
  documentTypes: [Briefing, SitePage, TopicList, AuthorList],
  // contentlayer2 skips an invalid document with a warning and exits 0 by
  // default, so a briefing would vanish from the site. These make it fail.
  onMissingOrIncompatibleData: 'fail',
  onUnknownDocuments: 'fail',
  onExtraFieldData: 'fail',
  mdx: {
    rehypePlugins: [rehypeSlug, [rehypeAutolinkHeadings, { behavior: 'append', properties: { className: ['anchor'], ariaHidden: true, tabIndex: -1 } }]],
  },
  // What strict mode still lets through (a source without url, 2026-02-30
  // rolling over to March, …) is caught by our own rules, the same ones
  // `npm run content:check` runs. Throwing here fails the build. Some
  // mistakes (an MDX syntax error) stop contentlayer before this hook, with
  // its own message: that is why `npm run build` runs the same check first
  // (`tsx scripts/content-check.ts --quiet-ok`), so the build always prints
  // our line-numbered messages, and then skips this hook. Where contentlayer
  // runs alone (`contentlayer2 build`, tests) the hook is the gate; under
  // `npm run dev` it only reports.
  disableImportAliasWarning: true,
  // After the check, the one place that derives data from the generated
  // documents: the metadata index the pages read (lib/content/store.ts).
  onSuccess: async () => {
    runBuildChecks(process.cwd(), siteTimeZone);
    writeBriefingIndex(process.cwd());
  },
});
