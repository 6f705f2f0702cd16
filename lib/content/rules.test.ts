import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from './diagnostic';
import { checkBriefingFile } from './rules';

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

  it('rejects a source without url, naming the line (contentlayer only logs it)', () => {
    const [d, ...rest] = check('source-without-url.mdx');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ rule: 'source-url', line: 7, severity: 'error', file: 'content/briefings/en/some-briefing.mdx' });
    expect(formatDiagnostic(d!)).toBe(
      'content/briefings/en/some-briefing.mdx:7:5: source-url: source 1 has no url — add url: the full https:// address of the report',
    );
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
