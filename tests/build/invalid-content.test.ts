import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteTimeZone } from '../../i18n/locales';
import { runContentCheck } from '../../lib/content/editors/cli';
import { checkContent } from '../../lib/content/check/corpus';
import { calendarDateIn } from '../../lib/content/dates';
import { BRIEFING_INDEX } from '../../lib/content/store';
import { buildableCopy } from '../support/build-copy';
import { LEAD, PUBLISHED_COUNT } from '../support/fixture-site';

/**
 * `npm run build` on a copy of the project with one broken briefing: the
 * build must fail and name the file, the line and the fix, never drop the
 * briefing silently, and say exactly what `npm run content:check` says.
 */
let project: ReturnType<typeof buildableCopy>;

beforeAll(() => {
  project = buildableCopy();
});
afterAll(() => project?.remove());

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

function run(dir: string, script: string) {
  const result = spawnSync('npm', ['run', script], { cwd: dir, encoding: 'utf8', env });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Builds with one extra file, then removes it, so each case starts from the fixture site's content. */
function withFile<T>(dir: string, file: string, content: string, fn: () => T): T {
  const path = join(dir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  try {
    return fn();
  } finally {
    rmSync(path, { force: true });
  }
}

const valid = readFileSync('tests/fixtures/briefings/valid.mdx', 'utf8');
const crlf = (text: string) => text.replace(/\n/g, '\r\n');
const bom = (text: string) => `\uFEFF${text}`;
const body = (mdx: string) => valid.replace('Body.\n', mdx);
const BROKEN = 'content/briefings/en/broken-briefing.mdx';

describe('npm run build with an invalid briefing', () => {
  it.each([
    // What contentlayer's strict mode lets through
    ['a source without url', BROKEN, valid.replace(/\n    url: .*\n/, '\n'), 'source-url', 7],
    ['an impossible date', BROKEN, valid.replace('date: 2026-01-28', 'date: 2026-02-30'), 'date', 4],
    // What contentlayer fails on with its own message, without a line
    ['a missing title', BROKEN, valid.replace(/^title: .*\n/m, ''), 'required', 1],
    ['a misspelt field', BROKEN, valid.replace('title:', 'titel:'), 'unknown-field', 2],
    ['a wrong type', BROKEN, valid.replace('topics: [china]', 'topics: china'), 'type', 5],
    ['broken YAML', BROKEN, valid.replace('title: "A valid briefing"', 'title: "A valid briefing'), 'yaml', 2],
    ['no frontmatter', BROKEN, 'Just a body.\n', 'frontmatter', 1],
    ['a file outside the briefings folders', 'content/briefings/fr/a-briefing.mdx', valid, 'location', 1],
    // What contentlayer fails on before our hook runs
    ['an MDX syntax error', BROKEN, body('Intro.\n\n<Callout>\nNever closed.\n'), 'mdx-syntax', 13],
    // What only our rules know
    ['an unknown topic', BROKEN, valid.replace('topics: [china]', 'topics: [chna]'), 'topic', 5],
    ['a javascript: source url', BROKEN, valid.replace('https://www.reuters.com/technology/fixture-report', 'javascript:alert(1)'), 'source-url', 8],
    ['a bad slug', 'content/briefings/en/Broken_Briefing.mdx', valid, 'slug', 1],
    ['two slugs that differ only in case', `content/briefings/ar/${LEAD.slug.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase())}.mdx`, valid, 'slug-case', 1],
    ['an unknown component', BROKEN, body('<Keypoints>\n- a\n</Keypoints>\n'), 'component', 11],
    ['a Figure without alt', BROKEN, body('<Figure src="/images/a.jpg" />\n'), 'alt', 11],
    ['a link to a briefing that does not exist', BROKEN, body('See [this](/en/briefings/no-such-briefing).\n'), 'link', 11],
    ['a title too long for share cards', BROKEN, valid.replace('A valid briefing', 'A '.repeat(60)), 'length', 2],
    ['a template placeholder', BROKEN, valid.replace('A valid briefing', 'TODO: the headline'), 'placeholder', 2],
    // Windows line ends and a byte-order mark keep the lines an editor sees
    ['a source without url, saved with CRLF', BROKEN, crlf(valid.replace(/\n    url: .*\n/, '\n')), 'source-url', 7],
    ['an impossible date, saved with a BOM', BROKEN, bom(valid.replace('date: 2026-01-28', 'date: 2026-02-30')), 'date', 4],
    ['an MDX syntax error, saved with CRLF and a BOM', BROKEN, bom(crlf(body('Intro.\n\n<Callout>\nNever closed.\n'))), 'mdx-syntax', 13],
  ])('fails on %s, naming the file, line and fix as content:check does', (_name, file, content, rule, line) => {
    withFile(project.dir, file, content, () => {
      const { status, output } = run(project.dir, 'build');
      expect(status, output).not.toBe(0);
      expect(output).toMatch(new RegExp(`^${file.replace(/[.]/g, '\\.')}:${line}:\\d+: ${rule}: .+ — .+$`, 'm'));
      // Never contentlayer2's effect-ts stack.
      expect(output).not.toMatch(/SuccessCallbackError|effect-ts|^\s+at /m);
      // One implementation, two entry points: the same lines, word for word.
      const check = runContentCheck(['--root', project.dir], { cwd: process.cwd() });
      expect(check.code).toBe(1);
      for (const diagnostic of check.stdout.split('\n')) expect(output).toContain(diagnostic);
    });
  });

  it.each([
    ['a source without url', valid.replace(/\n    url: .*\n/, '\n'), 'source-url', 7],
    ['an impossible date', valid.replace('date: 2026-01-28', 'date: 2026-02-30'), 'date', 4],
  ])('fails in contentlayer2 build alone (the onSuccess gate) on %s', (_name, content, rule, line) => {
    withFile(project.dir, BROKEN, content, () => {
      const { status, output } = run(project.dir, 'content:build');
      expect(status, output).not.toBe(0);
      expect(output).toContain(`${BROKEN}:${line}:`);
      expect(output).toContain(`: ${rule}: `);
    });
  });
});

describe('npm run build with valid content', () => {
  // A full `next build`: tests/support/build-copy.ts makes a copy Turbopack
  // accepts.
  let site: ReturnType<typeof buildableCopy>;
  let build: { status: number | null; output: string };
  const en = 'content/briefings/en';
  const page = (slug: string) => join(site.dir, '.next/server/app/en/briefings', `${slug}.html`);

  beforeAll(() => {
    site = buildableCopy();
    // A full briefing as Windows editors save it (issue 19: CRLF passed the
    // check, then stopped the build at the drift check with a stack).
    const real = readFileSync(join(site.dir, en, `${LEAD.slug}.mdx`), 'utf8');
    const files = {
      'saved-with-crlf': crlf(real),
      'saved-with-a-bom': bom(real),
      'saved-with-crlf-and-a-bom': bom(crlf(real)),
      'english-only': valid.replace('date: 2026-01-28', 'date: 2026-01-28\nupdated: 2026-01-20'),
      'a-draft': valid.replace('date: 2026-01-28', 'date: 2026-01-28\ndraft: true'),
      'scheduled-for-2099': valid.replace('date: 2026-01-28', 'date: 2099-01-01'),
    };
    for (const [slug, text] of Object.entries(files)) writeFileSync(join(site.dir, en, `${slug}.mdx`), text);
    build = run(site.dir, 'build');
  }, 240_000);
  afterAll(() => site?.remove());

  it('succeeds, printing each warning once', () => {
    expect(build.status, build.output).toBe(0);
    const warnings = build.output.split('\n').filter((l) => / warning [a-z-]+: /.test(l));
    expect(warnings.filter((l) => l.startsWith(`${en}/english-only.mdx:1:1: warning translation:`))).toHaveLength(1);
    expect(warnings.filter((l) => l.startsWith(`${en}/english-only.mdx:5:10: warning updated:`))).toHaveLength(1);
    expect(new Set(warnings).size).toBe(warnings.length);
  });

  it('loses no briefing between the check and the index the pages read: each one counted is listed, in its state', () => {
    const report = checkContent(site.dir, calendarDateIn(siteTimeZone));
    const generated = JSON.parse(readFileSync(join(site.dir, BRIEFING_INDEX), 'utf8')) as {
      _raw: { sourceFilePath: string };
      draft?: boolean;
    }[];
    const briefings = report.files.filter((f) => f.path.endsWith('.mdx') && !f.page);
    // The fixture site's own (its English draft, its scheduled twin), and the six files above.
    const published = PUBLISHED_COUNT.ar + PUBLISHED_COUNT.en + 4;
    expect(briefings.map((f) => f.state).sort()).toEqual([...Array(2).fill('draft'), ...Array(published).fill('published'), ...Array(3).fill('scheduled')]);
    expect(generated.map((b) => `content/${b._raw.sourceFilePath}`).sort()).toEqual(briefings.map((f) => f.path).sort());
  });

  it.each(['saved-with-crlf', 'saved-with-a-bom', 'saved-with-crlf-and-a-bom'])('builds a full briefing %s, read as the LF original is', (slug) => {
    const index = JSON.parse(readFileSync(join(site.dir, BRIEFING_INDEX), 'utf8')) as Record<string, unknown>[];
    const strip = ({ _id: _i, _raw: _r, slug: _s, ...fields }: Record<string, unknown>) => fields;
    const original = index.find((b) => b.slug === LEAD.slug && b.locale === 'en')!;
    expect(strip(index.find((b) => b.slug === slug && b.locale === 'en')!)).toEqual(strip(original));
    const html = readFileSync(page(slug), 'utf8');
    expect(html).toContain(LEAD.title.en);
    expect(html).not.toContain('\r');
  });

  it('publishes what is due, and leaves drafts and future-dated briefings out', () => {
    expect(existsSync(page('english-only'))).toBe(true);
    expect(existsSync(page(LEAD.slug))).toBe(true);
    expect(existsSync(page('a-draft'))).toBe(false);
    expect(existsSync(page('scheduled-for-2099'))).toBe(false);
  });
});
