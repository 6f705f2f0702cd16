import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBriefingFile } from '../check/run';
import { planNewBriefing, scaffoldBriefing, writeNewBriefing } from './scaffold';

const topicIds = new Set(['china', 'trade']);
const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));
const root = () => {
  const dir = mkdtempSync(join(tmpdir(), 'mawjaz-scaffold-'));
  roots.push(dir);
  return dir;
};

describe('scaffoldBriefing', () => {
  it.each(['ar', 'en'] as const)('writes a %s briefing that fails only on its placeholders', (locale) => {
    const text = scaffoldBriefing({ locale, topics: ['china'], today: '2026-11-28' });
    expect(text).toContain('date: 2026-11-28');
    for (const component of ['<KeyPoints>', '<Timeline>', '<Event date="2026-11">', '<Callout']) expect(text).toContain(component);
    const found = checkBriefingFile({ path: `content/briefings/${locale}/new-one.mdx`, raw: text }, { topicIds });
    expect(found.length).toBeGreaterThan(5);
    expect(new Set(found.map((d) => d.rule))).toEqual(new Set(['placeholder']));
  });

  it('is valid once every placeholder is replaced', () => {
    const text = scaffoldBriefing({ locale: 'en', topics: [], today: '2026-11-28' })
      .replace('topics: [TODO]', 'topics: [trade]')
      .replace('authors: [TODO]', 'authors: [mawjaz-desk]')
      .replace('https://TODO.example/', 'https://www.reuters.com/technology/a-report')
      .replace(/TODO: [^"\n<]*/g, 'Filled in');
    expect(checkBriefingFile({ path: 'content/briefings/en/new-one.mdx', raw: text }, { topicIds, authorIds: new Set(['mawjaz-desk']) })).toEqual([]);
  });

  it('asks for topics when none are given', () => {
    const text = scaffoldBriefing({ locale: 'ar', topics: [], today: '2026-11-28' });
    const found = checkBriefingFile({ path: 'content/briefings/ar/new-one.mdx', raw: text }, { topicIds });
    expect(found.find((d) => d.message.startsWith('"topics"'))).toMatchObject({ rule: 'placeholder', line: 5 });
  });
});

describe('planNewBriefing', () => {
  const ctx = (dir: string) => ({ root: dir, today: '2026-11-28', topicIds });

  it('plans one file per language by default, or the languages asked for', () => {
    const dir = root();
    const all = planNewBriefing({ slug: 'chip-deal' }, ctx(dir));
    expect('files' in all && all.files.map((f) => f.path)).toEqual(['content/briefings/ar/chip-deal.mdx', 'content/briefings/en/chip-deal.mdx']);
    const en = planNewBriefing({ slug: 'chip-deal', locales: ['en'], topics: ['china', 'trade'] }, ctx(dir));
    expect('files' in en && en.files.map((f) => f.path)).toEqual(['content/briefings/en/chip-deal.mdx']);
    expect('files' in en && en.files[0]!.text).toContain('topics: [china, trade]');
  });

  describe('a translation', () => {
    const SHA = '3f9c2d41a7b0e5c86d1f2a9b4c7e0d3f5a6b8c91';
    const withArabic = () => {
      const dir = root();
      mkdirSync(join(dir, 'content/briefings/ar'), { recursive: true });
      writeFileSync(join(dir, 'content/briefings/ar/chip-deal.mdx'), 'ar');
      return dir;
    };

    it('records the version it is made from and that file’s commit, quoted', () => {
      const asked: string[] = [];
      const plan = planNewBriefing(
        { slug: 'chip-deal', locales: ['en'] },
        { ...ctx(withArabic()), sourceCommit: (path) => (asked.push(path), { commit: SHA, uncommitted: false }) },
      );
      expect(asked).toEqual(['content/briefings/ar/chip-deal.mdx']);
      expect(plan).toMatchObject({ translationOf: { locale: 'ar', commit: SHA }, notes: [] });
      const text = 'files' in plan ? plan.files[0]!.text : '';
      expect(text).toContain(`translationOf:\n  locale: ar\n  commit: "${SHA}"\n`);
      // The field passes the check as written.
      const found = checkBriefingFile({ path: 'content/briefings/en/chip-deal.mdx', raw: text }, { topicIds });
      expect(found.filter((d) => d.message.includes('translationOf'))).toEqual([]);
    });

    it('notes a source with uncommitted changes, and leaves the field out for a source never committed', () => {
      const dirty = planNewBriefing({ slug: 'chip-deal', locales: ['en'] }, { ...ctx(withArabic()), sourceCommit: () => ({ commit: SHA, uncommitted: true }) });
      expect(dirty).toMatchObject({ translationOf: { locale: 'ar', commit: SHA }, notes: [expect.stringContaining('has changes not committed yet: translationOf records its last commit, 3f9c2d41a7b0')] });
      const never = planNewBriefing({ slug: 'chip-deal', locales: ['en'] }, { ...ctx(withArabic()), sourceCommit: () => ({ commit: null, uncommitted: true }) });
      expect(never).toMatchObject({ notes: [expect.stringContaining('is not committed yet, so translationOf was not written')] });
      expect('files' in never && never.files[0]!.text).not.toContain('translationOf');
    });

    it('is no translation when every language is created at once, or the other one does not exist', () => {
      const sourceCommit = () => ({ commit: SHA, uncommitted: false });
      const both = planNewBriefing({ slug: 'chip-deal', locales: ['ar', 'en'] }, { ...ctx(root()), sourceCommit });
      expect('files' in both && both.files.some((f) => f.text.includes('translationOf'))).toBe(false);
      const alone = planNewBriefing({ slug: 'chip-deal', locales: ['en'] }, { ...ctx(root()), sourceCommit });
      expect(alone).not.toHaveProperty('translationOf');
    });
  });

  it('refuses a bad slug and suggests a good one', () => {
    expect(planNewBriefing({ slug: 'Chip_Deal' }, ctx(root()))).toEqual({
      error: '"Chip_Deal" is not a valid slug: use ASCII lower-case words joined by hyphens, e.g. chip-deal',
    });
    expect(planNewBriefing({ slug: 'صفقة' }, ctx(root()))).toMatchObject({ error: expect.stringContaining('not a valid slug') });
  });

  it('refuses an unknown language or topic', () => {
    expect(planNewBriefing({ slug: 'x', locales: ['fr'] }, ctx(root()))).toMatchObject({ error: expect.stringContaining('"fr"') });
    expect(planNewBriefing({ slug: 'x', topics: ['chian'] }, ctx(root()))).toMatchObject({ error: expect.stringContaining('did you mean "china"?') });
  });

  it('refuses to overwrite, in any letter case, and writes nothing then', () => {
    const dir = root();
    mkdirSync(join(dir, 'content/briefings/en'), { recursive: true });
    writeFileSync(join(dir, 'content/briefings/en/Chip-Deal.mdx'), 'mine');
    expect(planNewBriefing({ slug: 'chip-deal' }, ctx(dir))).toMatchObject({ error: expect.stringContaining('already exists') });
    expect(readFileSync(join(dir, 'content/briefings/en/Chip-Deal.mdx'), 'utf8')).toBe('mine');
  });

  it('never overwrites when writing, even a file that appeared after planning', () => {
    const dir = root();
    const plan = planNewBriefing({ slug: 'race', locales: ['en'] }, ctx(dir));
    if (!('files' in plan)) throw new Error(plan.error);
    mkdirSync(join(dir, 'content/briefings/en'), { recursive: true });
    writeFileSync(join(dir, 'content/briefings/en/race.mdx'), 'mine');
    expect(() => writeNewBriefing(dir, plan.files)).toThrow(/EEXIST/);
    expect(readFileSync(join(dir, 'content/briefings/en/race.mdx'), 'utf8')).toBe('mine');
  });
});

describe('the byline of a new briefing', () => {
  const authors = [
    { id: 'reporter', kind: 'person' as const, name: {}, bio: {} },
    { id: 'mawjaz-desk', kind: 'organization' as const, name: {}, bio: {} },
  ];
  const plan = (request: { authors?: string[] }, declared = authors) =>
    planNewBriefing({ slug: 'new-one', locales: ['en'], ...request }, { root: root(), today: '2026-11-28', topicIds, authors: declared });

  it.each([
    ['the desk, by default (never a person picked for the editor)', {}, authors, 'authors: [mawjaz-desk]'],
    ['who --authors names', { authors: ['reporter'] }, authors, 'authors: [reporter]'],
    ['a placeholder when no desk is declared', {}, [], 'authors: [TODO]'],
  ])('is %s', (_name, request, declared, line) => {
    const result = plan(request, declared);
    expect('files' in result && result.files[0]!.text).toContain(`\n${line}\n`);
  });

  it('refuses an unknown author, with a suggestion', () => {
    expect(plan({ authors: ['mawjaz-dsk'] })).toEqual({
      error: 'unknown author "mawjaz-dsk" (did you mean "mawjaz-desk"?): use one of mawjaz-desk, reporter — or declare it in content/authors.yaml first',
    });
  });
});
