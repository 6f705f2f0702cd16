import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteTimeZone } from '../../../i18n/locales';
import { calendarDateIn } from '../dates';
import { checkContent, type CorpusReport } from './corpus';

const CORPUS = 'tests/fixtures/corpus';
const TODAY = '2026-11-28';

/**
 * Every diagnostic the corpus must produce, file by file: [rule, line] for
 * errors, [rule, line, 'warning'] for warnings. A file not listed here must
 * produce none. The bad files each break one rule of the editors' contract.
 */
const expected: Record<string, [rule: string, line: number, severity?: 'warning'][]> = {
  // The frontmatter and its fields
  'content/briefings/en/broken-yaml.mdx': [['yaml', 2]],
  'content/briefings/en/no-frontmatter.mdx': [['frontmatter', 1]],
  'content/briefings/en/empty-file.mdx': [['frontmatter', 1]],
  'content/briefings/en/unclosed-frontmatter.mdx': [['frontmatter', 1]],
  'content/briefings/en/missing-title.mdx': [['required', 1]],
  'content/briefings/en/wrong-type.mdx': [['type', 5]],
  // `titel` is unknown, and so the title is missing too.
  'content/briefings/en/misspelt-field.mdx': [['required', 1], ['unknown-field', 2]],
  'content/briefings/en/impossible-date.mdx': [['date', 4]],
  'content/briefings/en/malformed-date.mdx': [['date', 4]],
  'content/briefings/en/updated-before-date.mdx': [['updated', 5, 'warning']],
  'content/briefings/en/unknown-topic.mdx': [['topic', 5]],
  'content/briefings/en/javascript-url.mdx': [['source-url', 8]],
  'content/briefings/en/relative-url.mdx': [['source-url', 8]],
  'content/briefings/en/empty-url.mdx': [['source-url', 8]],
  'content/briefings/en/long-title.mdx': [['length', 2]],
  'content/briefings/ar/long-summary.mdx': [['length', 3]],
  'content/briefings/en/placeholder.mdx': [['placeholder', 2], ['placeholder', 12]],
  'content/briefings/en/legacy-encoding.mdx': [['encoding', 3]],
  // Where files are and what they are called
  'content/briefings/en/China_Chips.mdx': [['slug', 1]],
  'content/briefings/fr/wrong-language.mdx': [['location', 1]],
  'content/notes.mdx': [['location', 1]],
  'content/briefings/en/markdown-file.md': [['location', 1]],
  'content/briefings/ar/Case-Twin.mdx': [['slug', 1], ['slug-case', 1]],
  'content/briefings/en/case-twin.mdx': [['slug-case', 1]],
  'content/briefings/en/english-only.mdx': [['translation', 1, 'warning']],
  // The MDX body
  'content/briefings/en/mdx-syntax.mdx': [['mdx-syntax', 13]],
  'content/briefings/en/unknown-component.mdx': [['component', 11]],
  'content/briefings/en/missing-attribute.mdx': [['component-attribute', 11]],
  'content/briefings/en/figure-without-alt.mdx': [['alt', 13]],
  'content/briefings/en/image-without-alt.mdx': [['alt', 13]],
  'content/briefings/en/broken-link.mdx': [['link', 11]],
  'content/briefings/en/import-statement.mdx': [['mdx-import', 11]],
  // Exact times, bylines, citations and corrections
  'content/briefings/en/impossible-time.mdx': [['date', 4]],
  'content/briefings/en/time-without-offset.mdx': [['date', 4]],
  'content/briefings/en/unknown-author.mdx': [['author', 6]],
  'content/authors.yaml': [['authors', 10]],
  'content/briefings/en/source-without-url-or-date.mdx': [['source-url', 7]],
  'content/briefings/en/source-home-page.mdx': [['translation', 1, 'warning'], ['source-home', 9, 'warning']],
  'content/briefings/en/correction-before-date.mdx': [['correction', 10]],
  'content/briefings/en/correction-without-text.mdx': [['correction', 10]],
  'content/briefings/en/correction-in-future.mdx': [['correction', 10]],
  // Site pages: the pages' contract, and the languages of the site
  'content/pages/en/bad-page.mdx': [['unknown-field', 4]],
  'content/pages/en/broken-page-link.mdx': [['link', 6]],
  'content/pages/fr/a-propos.mdx': [['location', 1]],
};

/** Every file under a folder, found independently of the code under test. */
function allFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

let report: CorpusReport;
const corpus = () => (report ??= checkContent(CORPUS, TODAY));

describe('the content check over the corpus', () => {
  it('reports exactly the expected rule, file and line for each bad file, and nothing for the good ones', () => {
    const found: Record<string, [string, number, ...('warning' | undefined)[]][]> = {};
    for (const d of corpus().diagnostics) {
      (found[d.file] ??= []).push(d.severity === 'warning' ? [d.rule, d.line, 'warning'] : [d.rule, d.line]);
    }
    expect(found).toEqual(expected);
  });

  it('covers every mistake the editors\' workflow names', () => {
    const rules = new Set(Object.values(expected).flatMap((list) => list.map(([rule]) => rule)));
    for (const rule of [
      'yaml', 'frontmatter', 'required', 'type', 'unknown-field', 'date', 'updated', 'topic', 'source-url', 'slug',
      'location', 'slug-case', 'mdx-syntax', 'component', 'alt', 'link', 'length', 'translation',
      'author', 'authors', 'source-home', 'correction',
    ]) {
      expect(rules, rule).toContain(rule);
    }
  });

  it('suggests the field an editor meant, and lists the known topics', () => {
    const message = (file: string, rule?: string) =>
      corpus().diagnostics.find((d) => d.file === `content/briefings/en/${file}` && (!rule || d.rule === rule))!;
    expect(message('misspelt-field.mdx', 'unknown-field').message).toBe('unknown field "titel" (did you mean "title"?)');
    expect(message('misspelt-field.mdx', 'required').fix).toContain('rename "titel" on line 2 to title');
    expect(message('unknown-topic.mdx').fix).toContain('china, semiconductors, trade');
    expect(message('unknown-component.mdx').message).toContain('did you mean "KeyPoints"?');
    expect(message('broken-link.mdx').fix).toContain('/en/briefings/good-basic');
    expect(message('unknown-author.mdx').message).toBe('unknown author "mawjaz-dsk" (did you mean "mawjaz-desk"?)');
    expect(message('unknown-author.mdx').fix).toContain('half-declared, mawjaz-desk');
  });

  it('accepts a briefing with an exact time, a byline, full citations and a correction, in both languages', () => {
    for (const l of ['ar', 'en']) {
      const file = corpus().files.find((f) => f.path === `content/briefings/${l}/corrected-with-time.mdx`)!;
      expect(file).toMatchObject({ state: 'published', date: '2026-01-28', updated: '2026-01-29', corrections: 1, errors: 0, warnings: 0 });
    }
    expect(corpus().files.find((f) => f.path === 'content/pages/en/about.mdx')).toMatchObject({ state: 'published', page: true, errors: 0 });
  });

  it('gives every diagnostic a message and a fix in the editors\' format', () => {
    for (const d of corpus().diagnostics) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
      expect(d.message.length, d.file).toBeGreaterThan(10);
      expect(d.fix.length, d.file).toBeGreaterThan(10);
    }
  });

  it('leaves no file out: every .mdx is published, draft, scheduled or rejected with an error', () => {
    const { files, diagnostics } = corpus();
    const onDisk = allFiles(join(CORPUS, 'content')).map((p) => relative(CORPUS, p).split('\\').join('/'));
    const mdx = onDisk.filter((p) => p.endsWith('.mdx'));
    expect(mdx.length).toBeGreaterThan(30);
    // Every file, .mdx or not, is in the report once.
    expect(files.map((f) => f.path).sort()).toEqual(onDisk.sort());
    for (const path of mdx) {
      const file = files.find((f) => f.path === path)!;
      expect(['published', 'draft', 'scheduled', 'rejected'], path).toContain(file.state);
      const errors = diagnostics.filter((d) => d.file === path && d.severity === 'error');
      if (file.state === 'rejected') expect(errors.length, path).toBeGreaterThan(0);
      else expect(errors, path).toEqual([]);
    }
  });

  it('accepts the good edge cases: CRLF with a BOM, Arabic punctuation and tashkeel, emoji', () => {
    const state = (path: string) => corpus().files.find((f) => f.path === path)?.state;
    const windows = readFileSync(join(CORPUS, 'content/briefings/ar/windows-line-endings.mdx'), 'utf8');
    expect(windows.charCodeAt(0)).toBe(0xfeff);
    expect(windows).toContain('\r\n');
    expect(state('content/briefings/ar/windows-line-endings.mdx')).toBe('published');
    expect(state('content/briefings/en/windows-line-endings.mdx')).toBe('published');
    const arabic = readFileSync(join(CORPUS, 'content/briefings/ar/arabic-punctuation.mdx'), 'utf8');
    for (const mark of ['،', '؛', '؟', '«', '»', 'ِّ']) expect(arabic).toContain(mark);
    expect(state('content/briefings/ar/arabic-punctuation.mdx')).toBe('published');
    expect(state('content/briefings/en/arabic-punctuation.mdx')).toBe('published');
    expect(state('content/briefings/en/good-basic.mdx')).toBe('published');
  });

  it('decides draft and scheduled from the frontmatter and the day', () => {
    const state = (r: CorpusReport, path: string) => r.files.find((f) => f.path === path)?.state;
    expect(state(corpus(), 'content/briefings/en/draft-briefing.mdx')).toBe('draft');
    expect(state(corpus(), 'content/briefings/en/scheduled-briefing.mdx')).toBe('scheduled');
    // On its day, the scheduled briefing is published; a draft never is.
    const later = checkContent(CORPUS, '2099-01-01');
    expect(state(later, 'content/briefings/en/scheduled-briefing.mdx')).toBe('published');
    expect(state(later, 'content/briefings/en/draft-briefing.mdx')).toBe('draft');
  });
});

describe('the content check on generated content', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const copy = () => {
    const dir = mkdtempSync(join(tmpdir(), 'mawjaz-corpus-'));
    dirs.push(dir);
    cpSync(join(CORPUS, 'content/topics.yaml'), join(dir, 'content/topics.yaml'));
    return dir;
  };
  const good = readFileSync(join(CORPUS, 'content/briefings/en/good-basic.mdx'), 'utf8');

  it('accepts a very long body', () => {
    const dir = copy();
    const paragraph = 'Reuters reported that orders for the chip passed two million, far more than the stock available. ';
    const body = Array.from({ length: 4000 }, (_, i) => (i % 50 === 0 ? `## Part ${i / 50 + 1}\n\n` : '') + paragraph.repeat(3)).join('\n\n');
    const text = good.replace(/\n<KeyPoints>[\s\S]*$/, `\n${body}\n`);
    expect(text.length).toBeGreaterThan(1_000_000);
    for (const l of ['ar', 'en']) {
      cpSync(join(CORPUS, `content/briefings/${l}/good-basic.mdx`), join(dir, `content/briefings/${l}/good-basic.mdx`));
      writeFileSync(join(dir, `content/briefings/${l}/very-long.mdx`), text);
    }
    const result = checkContent(dir, TODAY);
    expect(result.diagnostics).toEqual([]);
    expect(result.files.filter((f) => f.state === 'published')).toHaveLength(4);
  });

  it('counts a briefing timed for later today as scheduled, to the minute, as the site does', () => {
    const dir = copy();
    const riyadh = (t: number) => `${new Date(t + 3 * 3_600_000).toISOString().slice(0, 16)}+03:00`;
    const hour = 3_600_000;
    const plain = readFileSync(join(CORPUS, 'content/briefings/en/english-only.mdx'), 'utf8');
    const timed = (date: string) => plain.replace(/^date: .*$/m, `date: ${date}`);
    mkdirSync(join(dir, 'content/briefings/en'), { recursive: true });
    writeFileSync(join(dir, 'content/briefings/en/in-an-hour.mdx'), timed(riyadh(Date.now() + hour)));
    writeFileSync(join(dir, 'content/briefings/en/an-hour-ago.mdx'), timed(riyadh(Date.now() - hour)));
    const result = checkContent(dir, calendarDateIn(siteTimeZone));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const state = (slug: string) => result.files.find((f) => f.path === `content/briefings/en/${slug}.mdx`)?.state;
    expect(state('in-an-hour')).toBe('scheduled');
    expect(state('an-hour-ago')).toBe('published');
  });

  it('reports two files in one folder whose names differ only in case', () => {
    const dir = copy();
    const folder = join(dir, 'content/briefings/en');
    cpSync(join(CORPUS, 'content/briefings/en/english-only.mdx'), join(folder, 'chips.mdx'));
    writeFileSync(join(folder, 'Chips.mdx'), readFileSync(join(folder, 'chips.mdx')));
    // On a case-insensitive file system (macOS, Windows) the second write
    // replaced the first: there is nothing to detect there.
    if (readdirSync(folder).length < 2) return;
    const result = checkContent(dir, TODAY);
    const clash = result.diagnostics.filter((d) => d.rule === 'slug-case').map((d) => d.file);
    expect(clash.sort()).toEqual(['content/briefings/en/Chips.mdx', 'content/briefings/en/chips.mdx']);
  });
});

describe('the real content', () => {
  it('has no errors and no warnings, and every briefing is accounted for', () => {
    const real = checkContent('.', TODAY);
    expect(real.diagnostics).toEqual([]);
    const mdx = allFiles('content').filter((p) => p.endsWith('.mdx'));
    expect(real.files.filter((f) => f.path.endsWith('.mdx'))).toHaveLength(mdx.length);
    expect(real.files.every((f) => f.state !== 'rejected')).toBe(true);
  });
});
