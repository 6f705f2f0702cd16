import { describe, expect, it } from 'vitest';
import { Briefing, SitePage } from './document-types';
import { briefingFields, nestedFieldTypes, nestedTypes, pageFields } from './schema';

type Def = { type: string; required?: boolean; of?: { def?: () => { name: string; fields: Record<string, Def> } } | Def };

/** contentlayer's nested type behind a field definition, if any. */
const nestedOf = (field: Def) => {
  const of = field.of as { def?: () => { name: string; fields: Record<string, Def> } } | undefined;
  return of?.def?.();
};

describe('contentlayer2 document types, derived from lib/content/schema.ts', () => {
  const fields = Briefing.def().fields as Record<string, Def>;

  it('declare every briefing field of the contract, required as the contract says', () => {
    expect(Object.keys(fields).sort()).toEqual(Object.keys(briefingFields).sort());
    for (const [name, spec] of Object.entries(briefingFields)) expect(fields[name]!.required, name).toBe(spec.required);
    expect(Object.keys(SitePage.def().fields as object).sort()).toEqual(Object.keys(pageFields).sort());
  });

  it('build each nested type from its table: its name, its fields, which are required', () => {
    for (const [name, spec] of Object.entries(briefingFields)) {
      const nested = nestedFieldTypes[spec.type as keyof typeof nestedFieldTypes];
      if (!nested) continue;
      expect(fields[name]!.type, name).toBe(nested.list ? 'list' : 'nested');
      const type = nestedOf(fields[name]!)!;
      expect(type.name).toBe(nested.of);
      const table = nestedTypes[nested.of] as Record<string, { required: boolean }>;
      expect(Object.fromEntries(Object.entries(type.fields).map(([f, d]) => [f, d.required]))).toEqual(
        Object.fromEntries(Object.entries(table).map(([f, d]) => [f, d.required])),
      );
    }
  });
});
