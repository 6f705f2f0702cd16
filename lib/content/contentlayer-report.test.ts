import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentlayerLines } from './contentlayer-report';

/**
 * Real output of contentlayer2 0.5.8 in strict mode, captured from runs
 * over three broken files (tests/fixtures/contentlayer/): an unclosed
 * component, `topics: china`, and a missing title or an extra field.
 */
const missing = readFileSync('tests/fixtures/contentlayer/missing-field.txt', 'utf8');
const extra = readFileSync('tests/fixtures/contentlayer/extra-field.txt', 'utf8');
const positions: Record<string, { line: number; column: number }> = { topics: { line: 5, column: 9 }, extra: { line: 6, column: 8 } };
const position = (_file: string, field: string) => positions[field] ?? null;
const EDITORS_LINE = /^content\/briefings\/en\/[a-z-]+\.mdx:\d+:\d+: [a-z-]+: .+ — .+$/;

describe('contentlayerLines', () => {
  it('says each document contentlayer2 refused in one editors\' line, with the line where it can', () => {
    const lines = contentlayerLines(missing, 'content', position);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(EDITORS_LINE);
    expect(lines[0]).toMatch(/^content\/briefings\/en\/bad-mdx\.mdx:11:1: mdx-syntax: Expected a closing tag for `<Callout>`/);
    expect(lines[1]).toMatch(/^content\/briefings\/en\/bad-type\.mdx:5:9: type: "topics" is "china"/);
    expect(lines[2]).toMatch(/^content\/briefings\/en\/missing\.mdx:1:1: required: the required field\(s\) "title" are missing/);
    expect(lines.join('\n')).not.toMatch(/effect-ts|_mdx_bundler_entry_point|│/);
  });

  it('names an extra field at its line', () => {
    expect(contentlayerLines(extra, 'content', position)[2]).toMatch(/^content\/briefings\/en\/missing\.mdx:6:8: unknown-field: "extra" is not a field/);
  });

  it('keeps the lines our own hooks printed in the same run', () => {
    const ours = 'content/briefings/en/x.mdx:7:1: reader-drift: read `sources` differently — report it';
    expect(contentlayerLines(`successCallback /x/.contentlayer\n${ours}\n`, 'content', position)).toEqual([ours]);
  });
});
