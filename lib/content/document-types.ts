import { defineDocumentType, defineNestedType, type FieldDef, type NestedType } from 'contentlayer2/source-files';
import { computed } from './briefing-file';
import { briefingFields, nestedFieldTypes, nestedTypes, pageFields, type FieldSpec, type FieldType, type NestedFieldSpec, type NestedTypeName } from './schema';

/**
 * contentlayer2's document types, derived from the editors' contract
 * (./schema.ts): its field tables, nested ones included, are the only place a
 * field is declared. contentlayer.config.ts passes these to makeSource;
 * lib/content/reader-agreement.build.test.ts runs contentlayer2 with the same types
 * over thousands of generated variants of real briefings.
 */

/**
 * contentlayer's view of a scalar type. A date is kept as written:
 * contentlayer's `date` type turns every value into a UTC ISO string, so
 * `2026-01-28` and `2026-01-28T03:00+03:00` would both become
 * 2026-01-28T00:00:00.000Z, a day could not be told from a time and the
 * offset would be lost. lib/content/check validates the value (contentlayer
 * would roll 2026-02-30 over into March anyway); lib/format/date.ts reads it.
 */
function scalarField(_type: NestedFieldSpec['type'], required: boolean): FieldDef {
  return { type: 'string', required };
}

/** One nested type per table of `nestedTypes`, made once (contentlayer wants one definition per name). */
const nested = Object.fromEntries(
  (Object.keys(nestedTypes) as NestedTypeName[]).map((name) => [
    name,
    defineNestedType(() => ({
      name,
      fields: Object.fromEntries(
        Object.entries(nestedTypes[name] as Record<string, NestedFieldSpec>).map(([field, spec]) => [field, scalarField(spec.type, spec.required)]),
      ) as Record<string, FieldDef>,
    })),
  ]),
) as Record<NestedTypeName, NestedType>;

/** contentlayer's view of each field type of the editors' contract. */
function contentlayerField(type: FieldType, required: boolean): FieldDef {
  if (type in nestedFieldTypes) {
    const { of, list } = nestedFieldTypes[type as keyof typeof nestedFieldTypes];
    return list ? { type: 'list', of: nested[of], required } : { type: 'nested', of: nested[of], required };
  }
  switch (type) {
    case 'string':
    case 'date':
      return scalarField(type, required);
    case 'boolean':
      return { type: 'boolean', required, default: false };
    case 'string-list':
      return { type: 'list', of: { type: 'string' }, required };
    default:
      throw new Error(`lib/content/schema.ts: field type ${type} has no contentlayer type`);
  }
}

const fieldsOf = (table: Record<string, FieldSpec>) =>
  Object.fromEntries(Object.entries(table).map(([name, spec]) => [name, contentlayerField(spec.type, spec.required)])) as Record<string, FieldDef>;

/** Where a document sits, `<type>/<locale>/<slug>.mdx`: its language and slug, for briefings and site pages alike. */
const placeFields = {
  locale: { type: 'string', resolve: (doc: { _raw: { sourceFileDir: string } }) => computed.locale(doc._raw.sourceFileDir) },
  slug: { type: 'string', resolve: (doc: { _raw: { sourceFileName: string } }) => computed.slug(doc._raw.sourceFileName) },
} as const;

export const Briefing = defineDocumentType(() => ({
  name: 'Briefing',
  filePathPattern: 'briefings/*/*.mdx',
  contentType: 'mdx',
  fields: fieldsOf(briefingFields),
  // Computed by the same functions that read a long-tail briefing's file
  // (lib/content/briefing-file.ts), which compares both at every build.
  computedFields: {
    ...placeFields,
    digest: { type: 'string', resolve: (doc) => computed.digest(doc.body.raw) },
    words: { type: 'number', resolve: (doc) => computed.words(doc.summary, doc.body.raw, computed.locale(doc._raw.sourceFileDir)) },
  },
}));

export const SitePage = defineDocumentType(() => ({
  name: 'SitePage',
  filePathPattern: 'pages/*/*.mdx',
  contentType: 'mdx',
  fields: fieldsOf(pageFields),
  computedFields: placeFields,
}));
