import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteTimeZone } from '../../i18n/locales';
import { readBases, variantOf, type Variant } from '../../tests/support/briefing-variants';
import { metadataDrift, readBriefingFile } from './briefing-file';
import { checkContent } from './check/corpus';
import { calendarDateIn } from './dates';
import { stageContent } from './stage';

/**
 * The differential test of issue 19: what `npm run content:check` accepts,
 * contentlayer2 reads exactly as lib/content/briefing-file.ts does, and what
 * breaks a rule contentlayer knows, both refuse. Thousands of variants of
 * the real briefings (content/ and the corpus fixture), written every way an
 * editor's YAML may be (tests/support/briefing-variants.ts): CRLF, CR, BOM,
 * tabs, trailing spaces, plain/single/double quotes, folded and literal
 * blocks, comments, key order, dates with and without time and offset,
 * every optional field present or absent.
 *
 * contentlayer2 is run for real, once over all of them (one process per
 * variant would take hours): the variants go through the build's own
 * staging (lib/content/stage.ts) into a temporary content project, and
 * contentlayer2 compiles it with the site's document types
 * (lib/content/document-types.ts), skipping rather than failing on a bad
 * document so each file gets its own verdict.
 *
 * MAWJAZ_VARIANTS sets how many: 600 in `npm test` (a new seed every
 * run, so the runs add up), 5,000 in `npm run bench:variants`;
 * MAWJAZ_VARIANTS_SEED replays a run (the seed is printed on failure).
 */
const COUNT = Number(process.env.MAWJAZ_VARIANTS ?? 600);
const SEED = Number(process.env.MAWJAZ_VARIANTS_SEED ?? Date.now() % 2 ** 31);
const repo = process.cwd();

type Case = Variant & { id: string };
let root: string;
let cases: Case[];
let generated: Map<string, Record<string, unknown>>;
let errorsOf: Map<string, string[]>;
let contentlayerOutput: string;

beforeAll(() => {
  mkdirSync(join(repo, '.tmp'), { recursive: true });
  // Under the repository, so that the temporary project's config resolves contentlayer2 and lib/.
  root = mkdtempSync(join(repo, '.tmp', 'reader-agreement-'));
  cpSync(join(repo, 'content'), join(root, 'content'), { recursive: true });

  // The real briefings, and the corpus fixture's good ones (the broken ones test the check's rules, each on its own).
  const corpus = join(repo, 'tests/fixtures/corpus');
  const failing = new Set(checkContent(corpus, calendarDateIn(siteTimeZone)).diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  const bases = [
    ...readBases([join(repo, 'content/briefings')]),
    ...readBases([join(corpus, 'content/briefings')]).filter((b) => !failing.has(`content/briefings/${b.name}`)),
  ];
  // The corpus's briefings sit beside their variants, so the links between them resolve.
  for (const b of bases.filter((b) => !existsSync(join(root, 'content/briefings', b.name)))) {
    cpSync(join(corpus, 'content/briefings', b.name), join(root, 'content/briefings', b.name));
  }
  const variants = fc.sample(fc.constantFrom(...bases).chain(variantOf), { numRuns: COUNT, seed: SEED });
  cases = variants.map((v, i) => {
    const [locale, file] = v.what.split(' ')[0]!.split('/') as [string, string];
    const id = `briefings/${locale}/v${String(i).padStart(5, '0')}-${file.toLowerCase()}`;
    writeFileSync(join(root, 'content', id), v.text);
    return { ...v, id };
  });

  // Our side: the check, as `npm run content:check` runs it.
  const report = checkContent(root, calendarDateIn(siteTimeZone));
  errorsOf = new Map();
  for (const d of report.diagnostics) {
    if (d.severity !== 'error') continue;
    const id = d.file.replace(/^content\//, '');
    errorsOf.set(id, [...(errorsOf.get(id) ?? []), `${d.line}:${d.column}: ${d.rule}: ${d.message}`]);
  }

  // contentlayer's side: the build's staging, then contentlayer2 itself.
  const variantIds = new Set(cases.map((c) => c.id));
  stageContent(join(root, 'content'), join(root, 'staged'), (rel) => variantIds.has(rel));
  const lib = (file: string) => JSON.stringify(resolve(repo, 'lib/content', file));
  writeFileSync(
    join(root, 'contentlayer.config.ts'),
    [
      `import { makeSource } from 'contentlayer2/source-files';`,
      `import { Briefing } from ${lib('document-types')};`,
      `import { rehypePlugins } from ${lib('mdx-options')};`,
      // Skip, not fail: one verdict per file. The build's `strict` fails on exactly what this skips or warns about.
      `export default makeSource({ contentDirPath: 'staged', documentTypes: [Briefing], onMissingOrIncompatibleData: 'skip-warn', onUnknownDocuments: 'skip-warn', onExtraFieldData: 'warn', mdx: { rehypePlugins }, disableImportAliasWarning: true });`,
    ].join('\n'),
  );
  const run = spawnSync(join(repo, 'node_modules/.bin/contentlayer2'), ['build'], {
    cwd: root,
    // contentlayer2 takes its project folder from PWD before the process's cwd.
    env: { ...process.env, PWD: root },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  contentlayerOutput = `${run.stdout}\n${run.stderr}`;
  if (!existsSync(join(root, '.contentlayer/generated/Briefing'))) throw new Error(`contentlayer2 build failed (seed ${SEED}):\n${contentlayerOutput.slice(0, 4000)}`);
  generated = new Map();
  for (const c of cases) {
    const file = join(root, '.contentlayer/generated/Briefing', `${c.id.replaceAll('/', '__')}.json`);
    if (existsSync(file)) generated.set(c.id, JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);
  }
}, 600_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** A variant in a failure message: what it is, and its bytes. */
const show = (c: Case) => `${c.id} (${c.what}; seed ${SEED}):\n${JSON.stringify(c.text.slice(0, 1200))}`;

describe(`the two readers of a briefing, on ${COUNT} generated variants of real briefings`, () => {
  it('read every variant the check accepts identically: contentlayer2 compiled it, with the same metadata field for field', () => {
    const accepted = cases.filter((c) => !errorsOf.has(c.id));
    const disagreements = accepted.flatMap((c) => {
      const ours = readBriefingFile(c.id, c.text)?.briefing;
      const theirs = generated.get(c.id);
      if (!ours) return [`${show(c)}\n  our reader found no frontmatter`];
      if (!theirs) return [`${show(c)}\n  contentlayer2 skipped it`];
      const drift = metadataDrift(theirs, ours as unknown as Record<string, unknown>);
      return drift.length ? [`${show(c)}\n  read differently: ${drift.map((f) => `${f}: ${JSON.stringify(theirs[f])} ≠ ${JSON.stringify((ours as Record<string, unknown>)[f])}`).join('; ')}`] : [];
    });
    console.log(
      `reader agreement (seed ${SEED}): ${cases.length} variants, ${accepted.length} accepted by the check, ${disagreements.length} of them read differently by contentlayer2 ` +
        `(${accepted.filter((c) => /CRLF|CR /.test(c.what)).length} with CRLF or CR, ${accepted.filter((c) => c.what.includes('BOM')).length} with a BOM), ` +
        `${cases.length - accepted.length} rejected`,
    );
    const rules = new Map<string, number>();
    for (const c of cases) for (const rule of new Set((errorsOf.get(c.id) ?? []).map((e) => e.split(': ')[1]!))) rules.set(rule, (rules.get(rule) ?? 0) + 1);
    console.log(`rejected by rule: ${[...rules].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ')}`);
    expect(disagreements.slice(0, 5).join('\n\n')).toBe('');
    // The property is not vacuous: most variants meant to be valid are.
    const meantValid = cases.filter((c) => c.kind === 'valid');
    expect(accepted.length).toBeGreaterThan(meantValid.length * 0.6);
  });

  it('refuses, in both readers, every variant that breaks a rule contentlayer2 knows (a required field, a type)', () => {
    const broken = cases.filter((c) => c.kind === 'invalid');
    expect(broken.length).toBeGreaterThan(0);
    const accepted = broken.filter((c) => !errorsOf.has(c.id)).map((c) => `${show(c)}\n  the check accepted it`);
    const compiled = broken.filter((c) => generated.has(c.id)).map((c) => `${show(c)}\n  contentlayer2 compiled it; the check said ${errorsOf.get(c.id)?.[0]}`);
    expect([...accepted, ...compiled].slice(0, 5).join('\n\n')).toBe('');
  });

  it('refuses, in the check, every variant that breaks a rule only the check knows (so the build, which runs it first, does too)', () => {
    const broken = cases.filter((c) => c.kind === 'check-only');
    expect(broken.length).toBeGreaterThan(0);
    expect(broken.filter((c) => !errorsOf.has(c.id)).map(show).slice(0, 5).join('\n\n')).toBe('');
  });

  it('never sees contentlayer2 warn about a variant the check accepts (the build, strict, would stop on it)', () => {
    const warned = cases.filter((c) => !errorsOf.has(c.id) && contentlayerOutput.includes(c.id)).map(show);
    expect(warned.slice(0, 5).join('\n\n')).toBe('');
  });
});
