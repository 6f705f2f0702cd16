import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSteps, longTailMode, parseRouteTable } from './build';

describe('buildSteps', () => {
  it('splits the build script into named steps with their environment', () => {
    expect(buildSteps('tsx scripts/content-check.ts --quiet-ok && MAWJAZ_CONTENT_CHECKED=1 contentlayer2 build && next build')).toEqual([
      { name: 'content check', command: 'tsx scripts/content-check.ts --quiet-ok', env: {} },
      { name: 'contentlayer', command: 'contentlayer2 build', env: { MAWJAZ_CONTENT_CHECKED: '1' } },
      { name: 'next build', command: 'next build', env: {} },
    ]);
  });

  it('names the contentlayer step of the build script as it is today', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { build: string } };
    expect(buildSteps(pkg.scripts.build).map((s) => s.name)).toContain('contentlayer');
  });
});

// An excerpt of `next build` 16.4's table for this site, as printed.
const TABLE = `   Generating static pages using 1 worker (77/77) in 1363ms

Route (app)
┌ ○ /_not-found
├   /[locale]
│ ├ ● /ar
│ └ ● /en
├ ● /[locale]/archive/[page]
├   /[locale]/briefings/[slug]
│ ├ ● /ar/briefings/fixture-china-approves-nvidia-x900
│ ├ ● /ar/briefings/fixture-x900-flashpoint
│ ├ ● /en/briefings/fixture-china-approves-nvidia-x900
│ └ ● /en/briefings/fixture-x900-flashpoint
├ ƒ /[locale]/missing
├   /[locale]/topics/[topic]
│ ├ ● /ar/topics/semiconductors
│ ├ ● /en/topics/semiconductors
│ ├ ● /ar/topics/artificial-intelligence
│ └ ● [+7 more paths]
├ ○ /robots.txt
└ ○ /sitemap.xml


ƒ Proxy (Middleware)

○  (Static)   prerendered as static content
`;

describe('parseRouteTable', () => {
  it('counts prerendered paths, folded ones included', () => {
    // 1 + 2 + 4 + (3 + 7) + 2
    expect(parseRouteTable(TABLE).prerenderedPaths).toBe(19);
  });

  it('gives each route its kind', () => {
    const { routes } = parseRouteTable(TABLE);
    expect(routes).toEqual([
      { path: '/_not-found', kind: 'static' },
      { path: '/[locale]', kind: 'ssg' },
      { path: '/[locale]/archive/[page]', kind: 'ssg' },
      { path: '/[locale]/briefings/[slug]', kind: 'ssg' },
      { path: '/[locale]/missing', kind: 'dynamic' },
      { path: '/[locale]/topics/[topic]', kind: 'ssg' },
      { path: '/robots.txt', kind: 'static' },
      { path: '/sitemap.xml', kind: 'static' },
    ]);
  });

  it('reads a table with colour codes, and gives nothing for output without one', () => {
    expect(parseRouteTable(TABLE.replace(/●/g, '\x1b[1m●\x1b[22m')).prerenderedPaths).toBe(19);
    expect(parseRouteTable('Failed to compile.')).toEqual({ routes: [], prerenderedPaths: 0 });
  });
});

describe('longTailMode', () => {
  const routes = {
    '/ar/briefings/a': { srcRoute: '/[locale]/briefings/[slug]' },
    '/en/briefings/a': { srcRoute: '/[locale]/briefings/[slug]' },
    '/ar': { srcRoute: '/[locale]' },
  };
  it.each([
    [false, false],
    [null, true],
    ['/[locale]/briefings/[slug].html', true],
  ] as const)('fallback %j → rendered on demand: %s', (fallback, onDemand) => {
    expect(longTailMode({ routes, dynamicRoutes: { '/[locale]/briefings/[slug]': { fallback } } })).toEqual({ onDemand, prerenderedBriefings: 2 });
  });
});
