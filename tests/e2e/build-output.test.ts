import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { siteTimeZone } from '../../i18n/locales';
import { metadataDrift, readBriefingFile } from '../../lib/content/briefing-file';
import { BRIEFING_INDEX } from '../../lib/content/build-files';
import { checkContent } from '../../lib/content/check/corpus';
import { calendarDateIn } from '../../lib/content/dates';
import { AR_ONLY_SLUG, EN_ONLY_SLUG, SAVED_ON_WINDOWS } from '../support/fixture-site';
import { BUILD_LOG } from './global-setup';

/**
 * What `npm run build` of the fixture site printed and wrote
 * (tests/e2e/global-setup.ts keeps its output): each warning once, no
 * briefing lost between the content check and the list the pages read, and
 * the briefings saved with CRLF or a byte-order mark read as their LF text.
 */
const siteDir = inject('siteDir');
const baseURL = inject('baseURL');
const output = () => readFileSync(join(siteDir, BUILD_LOG), 'utf8');
type Indexed = Record<string, unknown> & { _raw: { sourceFilePath: string }; slug: string; locale: string };
const indexed = () => JSON.parse(readFileSync(join(siteDir, BRIEFING_INDEX), 'utf8')) as Indexed[];

describe('npm run build of the fixture site', () => {
  it('prints each warning once, naming the file, line and fix', () => {
    const warnings = output()
      .split('\n')
      .filter((l) => / warning [a-z-]+: /.test(l));
    expect(warnings.filter((l) => l.startsWith(`content/briefings/en/${EN_ONLY_SLUG}.mdx:1:1: warning translation: `))).toHaveLength(1);
    expect(warnings.filter((l) => l.startsWith(`content/briefings/ar/${AR_ONLY_SLUG}.mdx:1:1: warning translation: `))).toHaveLength(1);
    expect(warnings.every((l) => / — /.test(l))).toBe(true);
    expect(new Set(warnings).size).toBe(warnings.length);
  });

  it('loses no briefing between the check and the list the pages read: each one counted is listed, in its state', () => {
    const report = checkContent(siteDir, calendarDateIn(siteTimeZone));
    const briefings = report.files.filter((f) => f.path.endsWith('.mdx') && !f.page);
    expect(briefings.length).toBeGreaterThan(30);
    expect(new Set(briefings.map((f) => f.state))).toEqual(new Set(['published', 'draft', 'scheduled']));
    expect(
      indexed()
        .map((b) => `content/${b._raw.sourceFilePath}`)
        .sort(),
    ).toEqual(briefings.map((f) => f.path).sort());
  });

  it.each(Object.entries(SAVED_ON_WINDOWS))('reads a briefing saved with %s as its LF text, and serves it without a carriage return', async (_how, slug) => {
    const file = `briefings/en/${slug}.mdx`;
    const raw = readFileSync(join(siteDir, 'content', file), 'utf8');
    expect(/\r\n|^\uFEFF/.test(raw), 'the fixture is saved as Windows editors save it').toBe(true);
    const lf = readBriefingFile(file, raw.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'))!;
    const entry = indexed().find((b) => b.slug === slug && b.locale === 'en')!;
    expect(metadataDrift(entry, lf.briefing as unknown as Record<string, unknown>)).toEqual([]);
    const res = await fetch(`${baseURL}/en/briefings/${slug}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(String(lf.briefing.title).replace(/'/g, '&#x27;'));
    expect(html).not.toMatch(/\r|\uFEFF/);
  });
});
