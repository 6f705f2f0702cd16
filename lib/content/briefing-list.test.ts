import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compiledBriefingId, copyContentProject, literal } from '../../tests/support/content-project';
import { collectCorpus } from './check/corpus';
import { briefingsOfCorpus, checkGenerated, readBriefingSources, writeBriefingIndex } from './briefing-list';
import { BRIEFING_INDEX, documentFile } from './build-files';

const ID = compiledBriefingId();
let root: string;

beforeEach(() => {
  root = copyContentProject('mawjaz-index-');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const index = () => JSON.parse(readFileSync(join(root, BRIEFING_INDEX), 'utf8')) as { _id: string }[];

describe('writeBriefingIndex and checkGenerated', () => {
  it('lists every briefing of content/, with no body', () => {
    expect(writeBriefingIndex(root)).toHaveLength(4);
    expect(index().map((b) => b._id)).toContain(ID);
    expect(index().every((b) => !('body' in b))).toBe(true);
  });

  it('lists a briefing contentlayer did not compile, read from its file', () => {
    const copy = readFileSync(join(root, 'content', ID), 'utf8');
    writeFileSync(join(root, 'content/briefings/en/an-older-briefing.mdx'), copy.replace('date: 2026-01-28\n', 'date: 2019-05-02\n'));
    writeBriefingIndex(root);
    expect(index().find((b) => b._id === 'briefings/en/an-older-briefing.mdx')).toMatchObject({ slug: 'an-older-briefing', date: '2019-05-02' });
  });

  it('stops the build, naming the file and the field, when contentlayer and the file reader disagree', () => {
    const path = documentFile(ID, root);
    const doc = JSON.parse(readFileSync(path, 'utf8'));
    writeFileSync(path, JSON.stringify({ ...doc, words: doc.words + 1 }));
    expect(() => checkGenerated(root, writeBriefingIndex(root))).toThrow(new RegExp(`^${literal(`content/${ID}`)}:1:1: reader-drift: .*\`words\` differently.* — .+$`));
  });

  it('names the line of the first frontmatter field read differently, in one line', () => {
    const path = documentFile(ID, root);
    const doc = JSON.parse(readFileSync(path, 'utf8'));
    writeFileSync(path, JSON.stringify({ ...doc, sources: [] }));
    let message = '';
    try {
      checkGenerated(root, writeBriefingIndex(root));
    } catch (error) {
      message = (error as Error).message;
    }
    const line = readFileSync(join(root, 'content', ID), 'utf8').split('\n').indexOf('sources:') + 1;
    expect(message).toMatch(new RegExp(`^content/${ID.replaceAll('.', '\\.')}:${line}:1: reader-drift: .*\`sources\` differently.* — [^\n]+$`));
  });

  it("removes a generated document contentlayer's last run did not write, so its stale body is never served", () => {
    const stale = documentFile('briefings/en/removed-since.mdx', root);
    writeFileSync(stale, readFileSync(documentFile(ID, root), 'utf8'));
    checkGenerated(root, writeBriefingIndex(root));
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(documentFile(ID, root))).toBe(true);
  });
});

describe('briefingsOfCorpus', () => {
  it('is what reading every source file gives, from the files the check parsed', () => {
    // A file without frontmatter, and a non-briefing file, are in neither.
    writeFileSync(join(root, 'content/briefings/en/no-frontmatter.mdx'), 'Text.\n');
    expect(briefingsOfCorpus(collectCorpus(root, '2026-11-30'))).toEqual(readBriefingSources(root));
    expect(readBriefingSources(root)).toHaveLength(4);
  });
});
