import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { notFoundStandIn, prerenderedHtml, StripBuildError, stripBuild } from './strip-build';
import { runtimeLeft, stripRuntime } from './strip-runtime.mjs';

/** A briefing page as Next 16.4.6 prerendered it. */
const page = readFileSync('tests/fixtures/next/briefing.html', 'utf8');

/** A `.next` as `next build` leaves it: pages with their payloads, a route's body, a Pages Router 404, a runtime cache entry. */
function fakeBuild(dist: string) {
  const write = (path: string, text: string) => {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), text);
  };
  write('server/app/en.html', page);
  write('server/app/en.rsc', '1:"$Sreact.fragment"\n');
  write('server/app/en.segments/_tree.segment.rsc', 'tree');
  write('server/app/en.segments/$d$locale/__PAGE__.segment.rsc', 'page');
  write('server/app/en/briefings/b.html', page);
  write('server/app/en/briefings/b.rsc', 'rsc');
  write('server/app/en/feed.xml.body', '<rss><script>not html</script></rss>');
  write('server/pages/404.html', page);
  write('server/route-cache/APP_PAGE/abc/$/en.html', '<html><body><button onclick="x()">left alone</button></body></html>');
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'strip-build-'));
  fakeBuild(join(dir, '.next'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a page prerendered as a 404', () => {
  // Next writes such a page (a topic whose first briefing is scheduled) as a
  // shell whose text only its runtime draws; the stripper refuses it.
  const shell = '<!DOCTYPE html><html lang="ar"><head></head><body><script src="/_next/static/chunks/a.js" async=""></script></body></html>';
  const view = page.replace('</body>', '<h1>الصفحة غير موجودة</h1></body>');

  it('is built as its language’s 404 document, stripped', () => {
    const dist = join(dir, '.next');
    writeFileSync(join(dist, 'server/app/en/not-found-view.html'), view);
    mkdirSync(join(dist, 'server/app/en/topics'), { recursive: true });
    writeFileSync(join(dist, 'server/app/en/topics/cobalt.html'), shell);
    writeFileSync(join(dist, 'server/app/en/topics/cobalt.meta'), JSON.stringify({ status: 404, headers: {} }));
    expect(() => stripRuntime(shell)).toThrow();
    stripBuild(dist);
    const built = readFileSync(join(dist, 'server/app/en/topics/cobalt.html'), 'utf8');
    expect(built).toContain('الصفحة غير موجودة');
    expect(runtimeLeft(built)).toEqual([]);
  });

  it('a lite page’s too, from its language’s 404 view', () => {
    const dist = join(dir, '.next');
    writeFileSync(join(dist, 'server/app/en/not-found-view.html'), view);
    mkdirSync(join(dist, 'server/app/lite-en/topics'), { recursive: true });
    writeFileSync(join(dist, 'server/app/lite-en/topics/cobalt.html'), shell);
    writeFileSync(join(dist, 'server/app/lite-en/topics/cobalt.meta'), JSON.stringify({ status: 404 }));
    stripBuild(dist);
    expect(readFileSync(join(dist, 'server/app/lite-en/topics/cobalt.html'), 'utf8')).toContain('الصفحة غير موجودة');
  });

  it('only when its .meta says 404', () => {
    const dist = join(dir, '.next');
    writeFileSync(join(dist, 'server/app/en/not-found-view.html'), view);
    writeFileSync(join(dist, 'server/app/en/briefings/b.meta'), JSON.stringify({ status: 200 }));
    expect(notFoundStandIn(join(dist, 'server/app/en/briefings/b.html'))).toBeNull();
    expect(notFoundStandIn(join(dist, 'server/app/en.html'))).toBeNull();
  });
});

describe('stripBuild', () => {
  it('finds the prerendered pages, not a server’s cache or a route’s body', () => {
    expect(prerenderedHtml(join(dir, '.next'))).toEqual(['server/app/en.html', 'server/app/en/briefings/b.html', 'server/pages/404.html']);
  });

  it('strips every page and its standalone copy, and empties their payloads', () => {
    const copy = join(dir, 'standalone', '.next');
    cpSync(join(dir, '.next'), copy, { recursive: true });
    const report = stripBuild(join(dir, '.next'), [copy]);
    expect(report.pages).toBe(3);
    expect(report.after).toBeLessThan(report.before / 2);
    for (const root of [join(dir, '.next'), copy]) {
      for (const html of prerenderedHtml(root)) {
        const text = readFileSync(join(root, html), 'utf8');
        expect(runtimeLeft(text), html).toEqual([]);
        expect(text).toBe(stripRuntime(page));
      }
      // Emptied, not removed: Next's file-system cache needs the file to exist.
      expect(statSync(join(root, 'server/app/en.rsc')).size).toBe(0);
      expect(statSync(join(root, 'server/app/en.segments/$d$locale/__PAGE__.segment.rsc')).size).toBe(0);
      expect(statSync(join(root, 'server/app/en/briefings/b.rsc')).size).toBe(0);
      expect(readFileSync(join(root, 'server/app/en/feed.xml.body'), 'utf8')).toContain('<script>');
    }
    expect(report.payloads).toBe(8);
    // Twice is once.
    expect(stripBuild(join(dir, '.next'), [copy])).toEqual({ ...report, before: report.after, payloads: 0 });
  });

  it('fails naming every page it cannot strip, and writes nothing', () => {
    const bad = page.replace('</body>', '<noscript>x</noscript></body>');
    writeFileSync(join(dir, '.next/server/app/en/briefings/b.html'), bad);
    writeFileSync(join(dir, '.next/server/pages/404.html'), '<!DOCTYPE html>\n<html><body>\n<a href="/" onclick="go()">home</a></body></html>');
    let error: unknown;
    try {
      stripBuild(join(dir, '.next'), [], (p) => p.slice(dir.length + 1));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StripBuildError);
    const lines = (error as StripBuildError).lines;
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\.next\/server\/app\/en\/briefings\/b\.html:\d+:\d+: strip-runtime: a <noscript> .+ — put its content in the page itself$/);
    expect(lines[1]).toMatch(/^\.next\/server\/pages\/404\.html:3:1: strip-runtime: an inline event handler \(onclick\)/);
    expect(readFileSync(join(dir, '.next/server/app/en.html'), 'utf8')).toBe(page);
    expect(statSync(join(dir, '.next/server/app/en.rsc')).size).toBeGreaterThan(0);
  });

  it('strips a standalone copy that differs from the build on its own', () => {
    const copy = join(dir, 'standalone', '.next');
    cpSync(join(dir, '.next'), copy, { recursive: true });
    writeFileSync(join(copy, 'server/app/en.html'), page.replace('<title>', '<title>Copy: '));
    stripBuild(join(dir, '.next'), [copy]);
    const text = readFileSync(join(copy, 'server/app/en.html'), 'utf8');
    expect(runtimeLeft(text)).toEqual([]);
    expect(text).toContain('<title>Copy: ');
  });
});
