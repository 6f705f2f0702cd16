import { createHash } from 'node:crypto';
import { defineDocumentType, defineNestedType, makeSource, type FieldDef } from 'contentlayer2/source-files';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import { isLocale, locales, siteTimeZone } from './i18n/locales';
import { runBuildChecks } from './lib/content/check/build-check';
import { briefingFields, type FieldType } from './lib/content/schema';
import { writeBriefingIndex } from './lib/content/store';
import { mdxPlainText } from './lib/content/text';
import { countWords } from './lib/format/reading-time';

const Source = defineNestedType(() => ({
  name: 'Source',
  fields: {
    name: { type: 'string', required: true },
    url: { type: 'string', required: true },
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
      return { type: 'date', required };
    case 'boolean':
      return { type: 'boolean', required, default: false };
    case 'string-list':
      return { type: 'list', of: { type: 'string' }, required };
    case 'source-list':
      return { type: 'list', of: Source, required };
    case 'image':
      return { type: 'nested', of: Image, required };
  }
}

const fields = Object.fromEntries(
  Object.entries(briefingFields).map(([name, spec]) => [name, contentlayerField(spec.type, spec.required)]),
) as Record<string, FieldDef>;

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
  documentTypes: [Briefing, TopicList],
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
