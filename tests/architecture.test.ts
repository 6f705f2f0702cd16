import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Dependencies point down: app → components → lib → i18n. These are the
 * imports that would point the other way; each rule names the folder whose
 * files may not import from the other.
 */
const rules = [
  { from: 'lib', mayNotImport: 'components' },
  { from: 'lib', mayNotImport: 'app' },
  { from: 'components', mayNotImport: 'app' },
  { from: 'i18n', mayNotImport: 'lib' },
  { from: 'i18n', mayNotImport: 'components' },
  { from: 'scripts', mayNotImport: 'tests' },
] as const;

const ROOT = process.cwd();

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(?:ts|tsx|mjs)$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** Every module specifier of a source text: static and dynamic imports, re-exports. */
export function specifiers(source: string): string[] {
  const found = source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])([^'"\n]+)\1/gm);
  return [...found].map((m) => m[2]!);
}

/** The top folder of the project a specifier of `file` points into, or null for a package. */
export function targetFolder(file: string, specifier: string): string | null {
  let path: string;
  if (specifier.startsWith('@/')) path = specifier.slice(2);
  else if (specifier.startsWith('.')) path = normalize(join(dirname(file), specifier));
  else return null;
  return path.split(/[\\/]/)[0] ?? null;
}

function violations(from: string, mayNotImport: string): string[] {
  return sourceFiles(from).flatMap((file) =>
    specifiers(readFileSync(join(ROOT, file), 'utf8'))
      .filter((s) => targetFolder(file, s) === mayNotImport)
      .map((s) => `${file} imports ${s}`),
  );
}

describe('the import detector', () => {
  it.each([
    ["import { A } from '@/components/site/A';", 'lib/x.ts', 'components'],
    ["import { A } from '../../components/site/A';", 'lib/seo/x.ts', 'components'],
    ["const m = await import('../tests/support/x');", 'scripts/x.ts', 'tests'],
    ["export { x } from '../tests/x';", 'scripts/y.ts', 'tests'],
    ["import '../tests/setup';", 'scripts/z.ts', 'tests'],
  ])('sees %s in %s as an import from %s', (source, file, folder) => {
    expect(specifiers(source).map((s) => targetFolder(file, s))).toContain(folder);
  });

  it('ignores packages and imports within the folder', () => {
    expect(specifiers("import x from 'components';\nimport y from './components/y';").map((s) => targetFolder('lib/a.ts', s))).toEqual([null, 'lib']);
  });
});

describe('dependencies point down', () => {
  it.each(rules)('$from/ never imports from $mayNotImport/', ({ from, mayNotImport }) => {
    expect(sourceFiles(from).length).toBeGreaterThan(0);
    expect(violations(from, mayNotImport)).toEqual([]);
  });
});

/** The one module that reads the wall clock for the site (what is published, when a cached page is out of date). */
const CLOCK = 'lib/clock/clock.mjs';

/** Reads of the wall clock in a source text, comments left out: `Date.now()`, `new Date()` without arguments, `performance.timeOrigin`. */
export function clockReads(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  return [...code.matchAll(/\bDate\.now\(\s*\)|\bnew Date\(\s*\)|\bperformance\.timeOrigin\b/g)].map((m) => m[0]);
}

describe('the clock', () => {
  it('detects reads of the wall clock, and not mentions of it in comments', () => {
    expect(clockReads('const t = Date.now();')).toEqual(['Date.now()']);
    expect(clockReads('f(new Date())')).toEqual(['new Date()']);
    expect(clockReads('new Date(value)')).toEqual([]);
    expect(clockReads('// `new Date()` would roll over\n/* Date.now() */')).toEqual([]);
  });

  it(`is read in one place, ${CLOCK}: the site's code asks it, never the wall clock itself`, () => {
    const files = [...['app', 'components', 'lib', 'i18n'].flatMap(sourceFiles), 'proxy.ts'].filter((f) => f !== CLOCK && !/\.test\.tsx?$/.test(f));
    const reads = files.flatMap((f) => clockReads(readFileSync(join(ROOT, f), 'utf8')).map((r) => `${f}: ${r}`));
    expect(reads).toEqual([]);
  });
});
