import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pathMentions } from './repo-paths';

/**
 * docs/ARCHITECTURE.md stays true: every file its diagrams name exists, and
 * its build chain runs the steps in the order `npm run build` runs them.
 */
const doc = readFileSync('docs/ARCHITECTURE.md', 'utf8');
const diagrams = [...doc.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!);
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('docs/ARCHITECTURE.md', () => {
  it('draws the build chain and the request path in Mermaid', () => {
    expect(diagrams).toHaveLength(2);
    for (const d of diagrams) expect(d).toMatch(/^flowchart /);
  });

  it('names only files that exist, many of them', () => {
    const named = diagrams.flatMap((d) => pathMentions('docs/ARCHITECTURE.md', d)).filter((m) => !m.path.startsWith('.next') && !m.path.startsWith('.contentlayer'));
    expect(named.length).toBeGreaterThan(25);
    expect(named.filter((m) => !existsSync(m.path)).map((m) => m.path)).toEqual([]);
  });

  it('orders the build chain as package.json runs it', () => {
    const build = diagrams[0]!;
    const steps = ['scripts/content-build.ts', 'scripts/contentlayer-build.ts', 'scripts/build-search-index.ts', 'next build', 'scripts/strip-pages.ts', 'scripts/standalone-assets.ts'];
    const chain = [scripts.build, scripts['search:index'], scripts.postbuild].join(' && ');
    // Both in the same order: the script runs them so, and the diagram draws them so.
    const order = (text: string) => steps.map((s) => text.indexOf(s));
    expect(order(chain).every((at) => at >= 0)).toBe(true);
    expect(order(build).every((at, i, all) => at >= 0 && (i === 0 || at > all[i - 1]!))).toBe(true);
    const script = scripts.build ?? '';
    const inScript = [script.indexOf('content-build.ts'), script.indexOf('contentlayer-build.ts'), script.indexOf('search:index'), script.indexOf('next build')];
    expect(inScript.every((at, i, all) => at >= 0 && (i === 0 || at > all[i - 1]!))).toBe(true);
  });

  it('draws the request through the files that serve it', () => {
    const request = diagrams[1]!;
    for (const file of ['lib/serve/server.mjs', 'proxy.ts', 'next.config.mjs', 'lib/http/cache-handler.mjs', 'lib/http/not-found-document.ts']) expect(request).toContain(file);
  });
});
