import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { locales } from '../../i18n/locales';
import { checkContent } from '../../lib/content/check/corpus';
import { parseFrontmatter } from '../../lib/content/frontmatter';
import { syntheticBriefing, syntheticBriefings, writeSyntheticContent } from './synthetic-briefings';

const topicIds = ['semiconductors', 'artificial-intelligence', 'china', 'trade', 'us-china'];
const options = { topicIds, endDate: '2026-11-30', years: 6 };
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('synthetic briefings', () => {
  it('are deterministic: the same index and seed give the same file, another seed another', () => {
    expect(syntheticBriefing(7, 100, 'ar', options).mdx).toBe(syntheticBriefing(7, 100, 'ar', options).mdx);
    expect(syntheticBriefing(7, 100, 'ar', options).mdx).not.toBe(syntheticBriefing(7, 100, 'ar', { ...options, seed: 1 }).mdx);
  });

  const corpus = [...syntheticBriefings(60, options)];

  it('write every slug in every language, twins sharing date and topics', () => {
    expect(corpus).toHaveLength(60 * locales.length);
    expect(new Set(corpus.map((b) => b.slug)).size).toBe(60);
    for (let i = 0; i < corpus.length; i += locales.length) {
      const twins = corpus.slice(i, i + locales.length).map((b) => parseFrontmatter(b.mdx)!.data!);
      expect(new Set(twins.map((t) => `${t.date} ${String(t.topics)}`)).size).toBe(1);
    }
  });

  it('spread dates over the years before the end date, never after it', () => {
    const dates = corpus.map((b) => b.date).sort();
    expect(dates.at(-1)! <= '2026-11-30').toBe(true);
    expect(dates[0]! <= '2021-01-31').toBe(true);
  });

  it('have bodies of about 400–700 words that use the editors’ components', () => {
    for (const b of corpus) expect(b.words, b.path).toBeGreaterThanOrEqual(400);
    for (const b of corpus) expect(b.words, b.path).toBeLessThanOrEqual(800);
    const all = corpus.map((b) => b.mdx).join('\n');
    for (const tag of ['<KeyPoints>', '<Timeline>', '<Event date=', '<Callout title=', '<Quote by=', '\n## ']) expect(all).toContain(tag);
  });

  it('keep Latin words inside Arabic in <bdi>', () => {
    for (const b of corpus.filter((x) => x.locale === 'ar')) {
      const body = b.mdx.split('\n---\n')[1]!;
      const outside = body.replace(/<bdi>[^<]*<\/bdi>/g, '').replace(/<\/?[A-Za-z][^>]*>/g, '');
      expect(outside, b.path).not.toMatch(/[A-Za-z]/);
    }
  });

  it('pass the content check when written into a content folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mawjaz-synthetic-'));
    dirs.push(dir);
    cpSync('content/topics.yaml', join(dir, 'content', 'topics.yaml'));
    const written = writeSyntheticContent(dir, 40);
    expect(written.files).toBe(40 * locales.length);
    const report = checkContent(dir, '2026-12-01');
    expect(report.diagnostics.map((d) => `${d.file}:${d.line}: ${d.rule}: ${d.message}`)).toEqual([]);
    expect(report.files.filter((f) => f.state === 'published')).toHaveLength(40 * locales.length);
  });

  it('refuse to write into the real project', () => {
    expect(() => writeSyntheticContent(join(import.meta.dirname, '..', '..'), 1)).toThrow(/refusing/);
  });
});
