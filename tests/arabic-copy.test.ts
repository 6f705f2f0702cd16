import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One Arabic word for "briefing": the interface says إيجاز / إيجازات, so the
 * editors' guide (its Arabic half), the messages and the content say it too.
 * موجز stays the site's name ("فريق موجز", «موجز»); as a noun for a briefing
 * (الموجز، الموجزات، لموجز…) it is the other word, and readers met both.
 */
const OTHER_WORD = /(?<![\u0621-\u064A])(?:و|ف)?(?:ال|لل|ل|ب)موجز|(?<![\u0621-\u064A])(?:و|ف|ل|ب|ال)?موجز(?:ات|اته|اتها|ًا|ا)(?![\u0621-\u064A])/g;
/** Calques an Arabic news editor would not write, with what replaced them. */
const CALQUES = ['عمل التوازن'];

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(mdx|md|yaml|json)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));

function arabicText(): { path: string; line: number; text: string }[] {
  const sources: { path: string; text: string; from?: string }[] = [
    ...files('content').map((path) => ({ path, text: readFileSync(path, 'utf8') })),
    { path: 'messages/ar.json', text: readFileSync('messages/ar.json', 'utf8') },
    // The guide's Arabic half: from "## العربية" on.
    { path: 'EDITORS.md', text: readFileSync('EDITORS.md', 'utf8'), from: '## العربية' },
  ];
  return sources.flatMap(({ path, text, from }) => {
    const lines = text.split('\n');
    const start = from ? lines.indexOf(from) : 0;
    expect(start, `${path} has ${from}`).toBeGreaterThanOrEqual(0);
    return lines.map((t, i) => ({ path, line: i + 1, text: t })).slice(start);
  });
}

describe('Arabic copy', () => {
  it('calls a briefing إيجاز everywhere, never الموجز', () => {
    const found = arabicText().flatMap(({ path, line, text }) => [...text.matchAll(OTHER_WORD)].map((m) => `${path}:${line}: ${m[0]}`));
    expect(found).toEqual([]);
  });

  it('has no calques from the English', () => {
    const found = arabicText().flatMap(({ path, line, text }) => CALQUES.filter((c) => text.includes(c)).map((c) => `${path}:${line}: ${c}`));
    expect(found).toEqual([]);
  });

  it('still knows the site by its name', () => {
    // The rule above must not have caught the name: it is everywhere in the interface.
    expect(readFileSync('messages/ar.json', 'utf8')).toMatch(/"name": "موجز"/);
    expect('فريق موجز «موجز» موجز.'.match(OTHER_WORD)).toBeNull();
    expect('الموجز والموجزات ولموجز وموجزًا'.match(OTHER_WORD)).toHaveLength(4);
  });
});
