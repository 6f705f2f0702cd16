import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticContent } from '../../../scripts/support/synthetic-briefings';
import { checkContent } from './corpus';
import { readBriefingSources } from '../briefing-list';
import { checkContentInParallel, checkCorpusInParallel } from './parallel';

const TODAY = '2026-11-30';
let root: string;
let broken: string;

/** Files per language: the workers are switched on from one file here (the site waits for 2,000, PARALLEL_FROM), so a small corpus takes the parallel path. */
const PER_LOCALE = 150;
const FROM = 1;

// A corpus spread over workers, with mistakes in it.
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'mawjaz-parallel-'));
  cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
  writeSyntheticContent(root, PER_LOCALE);
  broken = `content/briefings/en/${readdirSync(join(root, 'content/briefings/en')).sort()[7]}`;
  const text = readFileSync(join(root, broken), 'utf8');
  writeFileSync(join(root, broken), text.replace(/^date: .*$/m, 'date: 2026-02-30'));
  writeFileSync(join(root, 'content/briefings/ar/no-frontmatter.mdx'), 'نص بلا بيانات.\n');
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('checkContentInParallel', () => {
  it('reports exactly what checkContent reports, in the same order', async () => {
    const one = checkContent(root, TODAY);
    const many = await checkContentInParallel(root, TODAY, 2, FROM);
    expect(one.files.length).toBeGreaterThanOrEqual(2 * PER_LOCALE);
    expect(one.ok).toBe(false);
    expect(one.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.rule}`)).toEqual(
      expect.arrayContaining(['content/briefings/ar/no-frontmatter.mdx:frontmatter', `${broken}:date`]),
    );
    expect(many).toEqual(one);
  }, 120_000);

  it('hands back the metadata of every briefing, as reading each file does', async () => {
    const { briefings } = await checkCorpusInParallel(root, TODAY, 2, FROM);
    expect(briefings.length).toBeGreaterThanOrEqual(2 * PER_LOCALE);
    expect(briefings).toEqual(readBriefingSources(root));
  }, 120_000);
});
