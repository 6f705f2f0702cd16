import { defineDocumentType, defineNestedType, makeSource, type FieldDef } from 'contentlayer2/source-files';
import { locales, siteTimeZone } from './i18n/locales';
import { computed } from './lib/content/briefing-file';
import { failInOneLine, runBuildChecks } from './lib/content/check/build-check';
import { briefingFields, pageFields, type FieldSpec, type FieldType } from './lib/content/schema';
import { checkGenerated, writeBriefingIndex } from './lib/content/index-writer';
import { readBriefings } from './lib/content/store';
import { rehypePlugins } from './lib/content/mdx-options';
import { stageWhole } from './lib/content/stage';

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
  // Computed by the same functions that read a long-tail briefing's file
  // (lib/content/briefing-file.ts), which compares both at every build.
  computedFields: {
    locale: { type: 'string', resolve: (doc) => computed.locale(doc._raw.sourceFileDir) },
    slug: { type: 'string', resolve: (doc) => computed.slug(doc._raw.sourceFileName) },
    digest: { type: 'string', resolve: (doc) => computed.digest(doc.body.raw) },
    words: { type: 'number', resolve: (doc) => computed.words(doc.summary, doc.body.raw, computed.locale(doc._raw.sourceFileDir)) },
  },
}));

export const SitePage = defineDocumentType(() => ({
  name: 'SitePage',
  filePathPattern: 'pages/*/*.mdx',
  contentType: 'mdx',
  fields: fieldsOf(pageFields),
  computedFields: {
    locale: { type: 'string', resolve: (doc) => computed.locale(doc._raw.sourceFileDir) },
    slug: { type: 'string', resolve: (doc) => computed.slug(doc._raw.sourceFileName) },
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
  // contentlayer reads a staged copy of content/ holding the bytes our
  // reader reads (lib/content/stage.ts says why). `npm run build` stages the
  // newest briefings in .contentlayer/window and points this there
  // (lib/content/window.ts says why); everything else (`npm run dev`,
  // `npm test`, `contentlayer2 build`) stages content/ whole here.
  contentDirPath: process.env.MAWJAZ_CONTENT_DIR ?? stageWhole(process.cwd()),
  documentTypes: [Briefing, SitePage, TopicList, AuthorList],
  // contentlayer2 skips an invalid document with a warning and exits 0 by
  // default, so a briefing would vanish from the site. These make it fail.
  onMissingOrIncompatibleData: 'fail',
  onUnknownDocuments: 'fail',
  onExtraFieldData: 'fail',
  mdx: { rehypePlugins },
  // What strict mode still lets through (a source without url, 2026-02-30
  // rolling over to March, …) is caught by our own rules, the same ones
  // `npm run content:check` runs. Throwing here fails the build. Some
  // mistakes (an MDX syntax error) stop contentlayer before this hook, with
  // its own message: that is why `npm run build` runs the same check first
  // (`tsx scripts/content-build.ts`), so the build always prints
  // our line-numbered messages, and then skips this hook. Where contentlayer
  // runs alone (`contentlayer2 build`, tests) the hook is the gate; under
  // `npm run dev` it only reports.
  disableImportAliasWarning: true,
  // After the check: the metadata index the pages read (lib/content/store.ts),
  // compared with every document contentlayer compiled.
  onSuccess: async () => {
    const root = process.cwd();
    failInOneLine(() => {
      runBuildChecks(root, siteTimeZone);
      // `npm run build` wrote the index of every briefing when it staged the
      // window it points this at; elsewhere contentlayer read content/ whole.
      const index = process.env.MAWJAZ_CONTENT_DIR ? readBriefings(root) : writeBriefingIndex(root);
      checkGenerated(root, index);
    });
  },
});
