import { allBriefings } from 'contentlayer/generated';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metadataDrift, readBriefingFile } from './briefing-file';
import { compiledBriefingId } from '../../tests/support/content-project';

const read = (id: string) => readFileSync(join(process.cwd(), 'content', id), 'utf8');

describe('readBriefingFile (the metadata of a briefing contentlayer did not read)', () => {
  it.each(allBriefings.map((b) => [b._id, b] as const))('reads %s field for field as contentlayer did', (id, generated) => {
    const file = readBriefingFile(id, read(id));
    expect(file).not.toBeNull();
    expect(metadataDrift(generated as unknown as Record<string, unknown>, file!.briefing)).toEqual([]);
    expect(file!.bodyRaw).toBe(generated.body.raw);
  });

  it('gives a CRLF file with a byte-order mark the same digest and word count as the same text with LF', () => {
    const crlf = readFileSync(join(process.cwd(), 'tests/fixtures/briefings/bom.crlf.mdx'), 'utf8');
    expect(crlf).toContain('\r\n');
    const a = readBriefingFile('briefings/en/x.mdx', crlf)!.briefing;
    const b = readBriefingFile('briefings/en/x.mdx', crlf.replace(/^\uFEFF/, '').replaceAll('\r\n', '\n'))!.briefing;
    expect(a.digest).toBe(b.digest);
    expect(a.words).toBe(b.words);
    expect(a.words).toBeGreaterThan(0);
  });

  it('fills in what contentlayer fills in: draft false, and the type of each nested entry', () => {
    const text = read(compiledBriefingId()).replace(/^draft:.*\n/m, '');
    const { briefing } = readBriefingFile('briefings/en/y.mdx', text)!;
    expect(briefing.draft).toBe(false);
    expect(briefing.sources[0]).toMatchObject({ type: 'Source', _raw: {} });
    expect(briefing).toMatchObject({ _id: 'briefings/en/y.mdx', locale: 'en', slug: 'y', type: 'Briefing' });
    expect(briefing).not.toHaveProperty('updated');
  });

  it('returns null for a file without frontmatter', () => {
    expect(readBriefingFile('briefings/en/z.mdx', 'Just text.\n')).toBeNull();
  });
});

describe('metadataDrift', () => {
  const generated = { title: 'T', sources: [{ name: 'R', type: 'Source', _raw: {} }], body: { raw: 'x', code: 'y' } };
  it('ignores the body and the order of keys', () => {
    expect(metadataDrift(generated, { sources: [{ _raw: {}, type: 'Source', name: 'R' }], title: 'T' })).toEqual([]);
  });
  it('names each field that differs or is missing on one side', () => {
    expect(metadataDrift(generated, { title: 'T', sources: [{ name: 'R' }], words: 3 })).toEqual(['sources', 'words']);
  });
});
