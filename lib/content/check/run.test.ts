import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from './diagnostic';
import { locales } from '../../../i18n/locales';
import { checkBriefingFile } from './run';
import { dateProblem, homePageProblem, urlProblem } from './values';
import { textLimits } from '../schema';

const ctx = { topicIds: new Set(['china', 'trade']) };
const fixture = (name: string) => readFileSync(`tests/fixtures/briefings/${name}`, 'utf8');
const check = (name: string, path = 'content/briefings/en/some-briefing.mdx') =>
  checkBriefingFile({ path, raw: fixture(name) }, ctx);

describe('checkBriefingFile', () => {
  it('accepts a valid briefing', () => {
    expect(check('valid.mdx')).toEqual([]);
  });

  it('accepts Windows line endings and a byte-order mark', () => {
    const raw = fixture('bom.crlf.mdx');
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    expect(raw).toContain('\r\n');
    expect(check('bom.crlf.mdx')).toEqual([]);
  });

  it('rejects a source with neither url nor date, naming the line', () => {
    const [d, ...rest] = check('source-without-url.mdx');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ rule: 'source-url', line: 7, severity: 'error', file: 'content/briefings/en/some-briefing.mdx' });
    expect(formatDiagnostic(d!)).toBe(
      'content/briefings/en/some-briefing.mdx:7:5: source-url: source 1 has neither a url nor a date — add url: the full https:// address of the report — or, when it has none, date: the day it was published',
    );
  });

  it('accepts a source known by its date (and headline) when it has no address', () => {
    const raw = fixture('source-without-url.mdx').replace(/(  - name: [^\n]*\n)/, '$1    title: "A report"\n    date: 2026-01-28\n');
    expect(checkBriefingFile({ path: 'content/briefings/en/some-briefing.mdx', raw }, ctx)).toEqual([]);
  });

  it.each([
    ['https://www.reuters.com/', true],
    ['https://www.reuters.com', true],
    ['https://www.example.com/en/', true],
    ['https://www.example.com/index.html', true],
    ['https://www.reuters.com/technology/china-approves-h200-2026-01-28/', false],
    ['https://www.example.com/?id=42', false],
    ['https://www.example.com/world', false],
  ])('tells a home page (%s) from a report: %s', (url, home) => {
    expect(homePageProblem(url)).toBe(home);
  });

  it('rejects an impossible date (contentlayer rolls it over into March)', () => {
    const [d, ...rest] = check('impossible-date.mdx');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ rule: 'date', line: 4, column: 7 });
    expect(d!.message).toContain('2026-02-30');
  });

  it('rejects a file name that is not a kebab-case slug and suggests one', () => {
    const [d] = check('valid.mdx', 'content/briefings/en/China_Chips.mdx');
    expect(d).toMatchObject({ rule: 'slug' });
    expect(d!.fix).toContain('china-chips.mdx');
  });

  it('rejects a file outside content/briefings/{locale}/', () => {
    expect(check('valid.mdx', 'content/briefings/fr/x.mdx')[0]).toMatchObject({ rule: 'location' });
    expect(check('valid.mdx', 'content/x.mdx')[0]).toMatchObject({ rule: 'location' });
  });
});

const valid = fixture('valid.mdx');
const checkText = (raw: string, path = 'content/briefings/en/some-briefing.mdx') => checkBriefingFile({ path, raw }, ctx);

describe('dates', () => {
  it('explains an impossible day and a malformed date in words', () => {
    expect(dateProblem('2026-02-30')).toBe('does not exist: that month has 28 days, not 30');
    expect(dateProblem('2028-02-29')).toBeNull();
    expect(dateProblem('2026-13-01')).toContain('no month 13');
    expect(dateProblem('28/01/2026')).toBe('is not written as YYYY-MM-DD');
    expect(dateProblem('2026-1-5')).toBe('is not written as YYYY-MM-DD');
  });

  it.each([
    ['2026-01-28T14:05+03:00', null],
    ['2026-01-28T14:05:30Z', null],
    ['2026-01-28 09:00-05:00', null],
    ['2026-01-28T24:00+03:00', 'has a time that does not exist (24:00; hours go from 00 to 23, minutes from 00 to 59)'],
    ['2026-01-28T14:60+03:00', 'has a time that does not exist (14:60; hours go from 00 to 23, minutes from 00 to 59)'],
    ['2026-01-28T14:05', 'has a time but no UTC offset, so it names no exact moment'],
    ['2026-01-28T14:05+15:00', 'has an offset "+15:00" that is not Z or +HH:MM / -HH:MM (at most 14 hours)'],
    ['2026-01-28Tnoon', 'has a time not written as HH:MM after the T'],
    ['2026-02-30T10:00+03:00', 'does not exist: that month has 28 days, not 30'],
  ])('explains a time: %s', (value, problem) => {
    expect(dateProblem(value)).toBe(problem);
  });

  it('compares times exactly, and a day with a time by day, for updated', () => {
    const at = (date: string, updated: string) => checkText(valid.replace('date: 2026-01-28', `date: ${date}\nupdated: ${updated}`)).map((d) => d.rule);
    expect(at('2026-01-28T14:05+03:00', '2026-01-28T14:00+03:00')).toEqual(['updated']);
    // 11:30 UTC is 14:30 in Riyadh: after 14:05 there.
    expect(at('2026-01-28T14:05+03:00', '2026-01-28T11:30Z')).toEqual([]);
    expect(at('2026-01-28T14:05+03:00', '2026-01-28')).toEqual([]);
    expect(at('2026-01-28', '2026-01-27T23:00+03:00')).toEqual(['updated']);
  });

  it('warns when updated is before date, and accepts it on or after', () => {
    const before = checkText(valid.replace('date: 2026-01-28', 'date: 2026-01-28\nupdated: 2026-01-27'));
    expect(before).toEqual([expect.objectContaining({ rule: 'updated', severity: 'warning', line: 5 })]);
    expect(checkText(valid.replace('date: 2026-01-28', 'date: 2026-01-28\nupdated: 2026-01-28'))).toEqual([]);
  });
});

describe('source urls', () => {
  it('accepts http and https addresses only', () => {
    expect(urlProblem('https://www.reuters.com/x')).toBeNull();
    expect(urlProblem('http://example.org')).toBeNull();
    expect(urlProblem('javascript:alert(1)')).toBe('uses "javascript:", not http(s)');
    expect(urlProblem('/reports/x')).toBe('is a relative address');
    expect(urlProblem('reports/x')).toBe('is not a web address');
    expect(urlProblem('https://localhost/')).toBe('has no domain name');
  });
});

describe('fields', () => {
  it('asks for quotes around a title YAML reads as a number', () => {
    const [d] = checkText(valid.replace('title: "A valid briefing"', 'title: 2026'));
    expect(d).toMatchObject({ rule: 'type', line: 2, fix: 'put it in quotes: title: "2026"' });
  });

  it('suggests the nested field an editor meant', () => {
    const [d] = checkText(valid.replace('    url:', '    ulr:'));
    expect(d).toMatchObject({ rule: 'unknown-field', line: 8 });
    expect(d!.message).toContain('did you mean "url"?');
  });

  it('reports every placeholder line of a field', () => {
    const raw = valid.replace(/sources:[\s\S]*?---/, 'sources:\n  - name: "TODO: name"\n    url: https://TODO.example/\n---');
    expect(checkText(raw).map((d) => [d.rule, d.line])).toEqual([
      ['placeholder', 7],
      ['placeholder', 8],
    ]);
  });
});

describe('title and summary length', () => {
  const withTitle = (title: string, locale: 'ar' | 'en') =>
    checkText(valid.replace('title: "A valid briefing"', `title: "${title}"`), `content/briefings/${locale}/some-briefing.mdx`);

  it('has a limit per language', () => {
    expect(withTitle('x'.repeat(textLimits.title.en), 'en')).toEqual([]);
    expect(withTitle('x'.repeat(textLimits.title.en + 1), 'en')[0]).toMatchObject({ rule: 'length', line: 2 });
    expect(withTitle('ب'.repeat(textLimits.title.ar + 1), 'ar')[0]).toMatchObject({ rule: 'length' });
    expect(textLimits.title.ar).toBeLessThan(textLimits.title.en);
  });

  it('does not count tashkeel', () => {
    const voweled = 'بَ'.repeat(textLimits.title.ar);
    expect(voweled.length).toBeGreaterThan(textLimits.title.ar);
    expect(withTitle(voweled, 'ar')).toEqual([]);
  });

  it('is set for every language of the site', () => {
    for (const field of Object.values(textLimits)) expect(Object.keys(field).sort()).toEqual([...locales].sort());
  });
});

describe('frontmatter fences', () => {
  it('accepts spaces after the fence', () => {
    expect(checkText(valid.replace(/^---\n/, '---  \n'))).toEqual([]);
  });
  it('points at a frontmatter that starts below blank lines', () => {
    expect(checkText(`\n\n${valid}`)[0]).toMatchObject({ rule: 'frontmatter', line: 3, message: 'the frontmatter must start on the very first line' });
  });
  it('still checks the body when the YAML is broken', () => {
    const raw = valid.replace('title: "A valid briefing"', 'title: "unclosed').replace('Body.', '<Keypoints>x</Keypoints>');
    expect(checkText(raw).map((d) => d.rule)).toEqual(['yaml', 'component']);
  });
});

describe('translationOf', () => {
  const SHA = '3f9c2d41a7b0e5c86d1f2a9b4c7e0d3f5a6b8c91';
  const withField = (yaml: string) => fixture('valid.mdx').replace(/^date: .*$/m, (line) => `${line}\n${yaml}`);
  const checkWith = (yaml: string) => checkBriefingFile({ path: 'content/briefings/en/some-briefing.mdx', raw: withField(yaml) }, ctx).map(formatDiagnostic);
  const lineOf = (yaml: string, text: string) => withField(yaml).split('\n').findIndex((l) => l.includes(text)) + 1;

  it('accepts another language of the site and a commit id', () => {
    expect(checkWith(`translationOf:\n  locale: ar\n  commit: "${SHA}"`)).toEqual([]);
    expect(checkWith('translationOf: { locale: ar, commit: 3f9c2d4 }')).toEqual([]);
  });

  it('refuses a language the site does not have, or the file’s own, on its line', () => {
    const fr = `translationOf:\n  locale: fr\n  commit: "${SHA}"`;
    expect(checkWith(fr)).toEqual([`content/briefings/en/some-briefing.mdx:${lineOf(fr, 'locale: fr')}:11: translation-of: translationOf.locale "fr" is not a language of this site — use ar`]);
    const own = `translationOf:\n  locale: en\n  commit: "${SHA}"`;
    expect(checkWith(own)[0]).toMatch(/:11: translation-of: translationOf\.locale is "en", this file's own language: a version is not a translation of itself — name the language it was translated from \(ar\), or remove translationOf$/);
  });

  it('refuses a missing or malformed commit, and says how to get the right one', () => {
    expect(checkWith('translationOf:\n  locale: ar')).toEqual([
      expect.stringMatching(/: translation-of: translationOf has no commit: the git commit of the source file this translation was made from — add commit: the id `git log -1 --format=%H -- <source file>` prints$/),
    ]);
    expect(checkWith('translationOf:\n  locale: ar\n  commit: "HEAD~1"')).toEqual([
      expect.stringMatching(/: translation-of: translationOf\.commit "HEAD~1" is not a git commit id \(7 to 40 lower-case hex digits\) — /),
    ]);
    // YAML reads an id of digits only as a number: the message says what to write.
    expect(checkWith('translationOf:\n  locale: ar\n  commit: 1234567')[0]).toMatch(/:11: translation-of: translationOf\.commit 1234567 was read as a number, not a commit id — put it in quotes: commit: "1234567"$/);
  });

  it('refuses a misspelt key and a value that is not a group of fields', () => {
    expect(checkWith(`translationOf:\n  locale: ar\n  commmit: "${SHA}"`)).toContainEqual(expect.stringContaining('unknown-field: unknown field "translationOf.commmit" (did you mean "commit"?)'));
    expect(checkWith('translationOf: ar')).toEqual([expect.stringContaining('type: "translationOf" should be the language and commit it was translated from')]);
  });
});
