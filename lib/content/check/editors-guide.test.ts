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
    expect(text).toMatch(new RegExp(`^\\| \`${field}\` \\|`, 'm'));
  });

  it.each(Object.entries(mdxComponentContract))('describes the component %s with an example', (name, spec) => {
    expect(text).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'));
    expect(text).toContain(`<${name}`);
    for (const attribute of [...spec.required, ...spec.optional]) expect(text, `${name} ${attribute}`).toContain(`\`${attribute}\``);
  });

  it.each(ruleIds)('explains the rule %s', (rule) => {
    expect(text).toMatch(new RegExp(`^\\| \`${rule}\`( \\(|\\s\\|)`, 'm'));
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
