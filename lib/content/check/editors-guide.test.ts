import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleIds } from './rule-catalogue';
import { briefingFieldNames, mdxComponentContract, textLimits } from '../schema';

/**
 * EDITORS.md is the editors' half of the contract: it must explain every
 * field, component and rule the code knows, in both languages.
 */
const guide = readFileSync('EDITORS.md', 'utf8');
const [english, arabic] = guide.split('<a id="arabic"></a>') as [string, string];

describe.each([
  ['English', english],
  ['Arabic', arabic],
])('EDITORS.md in %s', (_language, text) => {
  it.each(briefingFieldNames)('describes the frontmatter field %s', (field) => {
    expect(text).toMatch(new RegExp(`^\\| \`${field}\` +\\|`, 'm'));
  });

  it.each(Object.entries(mdxComponentContract))('describes the component %s with an example', (name, spec) => {
    expect(text).toMatch(new RegExp(`^\\| \`${name}\` +\\|`, 'm'));
    expect(text).toContain(`<${name}`);
    for (const attribute of [...spec.required, ...spec.optional]) expect(text, `${name} ${attribute}`).toContain(`\`${attribute}\``);
  });

  it.each(ruleIds)('explains the rule %s', (rule) => {
    expect(text).toMatch(new RegExp(`^\\| \`${rule}\`( \\(|\\s+\\|)`, 'm'));
  });

  it('gives the length limits the check applies', () => {
    for (const limits of Object.values(textLimits)) for (const limit of Object.values(limits)) expect(text).toContain(String(limit));
  });

  it('names the commands', () => {
    for (const command of ['npm run new:briefing', 'npm run content:check', 'npm run content:status', 'npm run dev']) expect(text).toContain(command);
  });
});

it('is written in Arabic in its Arabic half, right to left', () => {
  expect(arabic).toContain('<div dir="rtl" lang="ar">');
  expect((arabic.match(/[\u0600-\u06FF]/g) ?? []).length).toBeGreaterThan(3000);
});

/** Lines outside fenced code blocks, with their 1-based line numbers. */
function proseLines(text: string): { line: number; text: string }[] {
  const lines: { line: number; text: string }[] = [];
  let fence: string | null = null;
  text.split('\n').forEach((content, index) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(content)?.[1];
    if (marker && (fence === null || marker.startsWith(fence))) {
      fence = fence === null ? marker : null;
      return;
    }
    if (fence === null) lines.push({ line: index + 1, text: content });
  });
  return lines;
}

const arabicDigits = '٠١٢٣٤٥٦٧٨٩';
/** The numbers of the `### N. title` sections, in the order they appear. */
function sectionNumbers(text: string): number[] {
  return proseLines(text)
    .map(({ text: line }) => /^###\s+([0-9٠-٩]+)\.\s/.exec(line)?.[1])
    .filter((digits): digits is string => digits !== undefined)
    .map((digits) => Number([...digits].map((d) => (arabicDigits.includes(d) ? String(arabicDigits.indexOf(d)) : d)).join('')));
}

describe('EDITORS.md structure', () => {
  const englishSections = sectionNumbers(english);
  const arabicSections = sectionNumbers(arabic);

  it('numbers the English sections 1, 2, 3 … once each, in order', () => {
    expect(englishSections.length).toBeGreaterThanOrEqual(8);
    expect(englishSections).toEqual(englishSections.map((_, index) => index + 1));
  });

  it('has the same numbered sections, once each and in order, in the Arabic half', () => {
    expect(arabicSections).toEqual(englishSections);
  });

  it('uses Arabic-Indic digits in the Arabic headings', () => {
    const headings = proseLines(arabic).filter(({ text: line }) => /^###\s+[0-9٠-٩]+\./.test(line));
    for (const { text: line } of headings) expect(line).toMatch(/^###\s+[٠-٩]+\.\s/);
  });

  // A left-to-right block in the Arabic half exists only to keep a code block's
  // lines in order; prose or a heading inside one is laid out backwards (and is
  // how §٨ ended up copied into §٢ and §٣).
  it('wraps only a single code block in each <div dir="ltr"> of the Arabic half', () => {
    const lines = arabic.split('\n');
    const problems: string[] = [];
    lines.forEach((line, index) => {
      if (!/<div dir="ltr">/.test(line)) return;
      let at = index + 1;
      const skipBlank = () => {
        while (at < lines.length && (lines[at] ?? '').trim() === '') at += 1;
      };
      skipBlank();
      const open = /^\s*(`{3,})/.exec(lines[at] ?? '')?.[1];
      if (!open) {
        problems.push(`Arabic half line ${index + 1}: <div dir="ltr"> does not start with a code block`);
        return;
      }
      at += 1;
      while (at < lines.length && !(lines[at] ?? '').trim().startsWith(open)) at += 1;
      at += 1;
      skipBlank();
      if (!/^\s*<\/div>\s*$/.test(lines[at] ?? '')) problems.push(`Arabic half line ${index + 1}: <div dir="ltr"> holds more than its code block (line ${at + 1}: ${lines[at]?.trim()})`);
    });
    expect(problems).toEqual([]);
  });
});
