import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withoutClientRuntime } from './page-runtime.mjs';

/** A briefing page as Next 16.4.6 prerendered it (`npm run build`, 2026-12-01). */
const page = readFileSync('tests/fixtures/next/briefing.html', 'utf8');

const scripts = (html: string) => [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({ attributes: m[1]!, text: m[2]! }));
/** The page without any script element or script preload: what a reader sees. */
const markupOf = (html: string) =>
  html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/<link\b(?=[^>]*\bas="script")[^>]*\/?>/g, '');

describe('withoutClientRuntime, on a page as Next builds it', () => {
  const stripped = withoutClientRuntime(page);

  it('the fixture has the runtime to take out', () => {
    expect(scripts(page).some((s) => s.attributes.includes('src="/_next/static/chunks/'))).toBe(true);
    expect(page).toContain('self.__next_f.push([1,');
  });

  it('leaves no script but the JSON-LD, and no script preload', () => {
    expect(stripped).not.toBeNull();
    const left = scripts(stripped!);
    expect(left.map((s) => s.attributes.trim())).toEqual(['type="application/ld+json"', 'type="application/ld+json"']);
    expect(stripped).not.toMatch(/as="script"/);
    expect(stripped).not.toContain('__next_f');
    expect(stripped).not.toContain('TURBOPACK');
  });

  it('keeps the JSON-LD and every other byte of the markup as it was', () => {
    expect(scripts(stripped!).map((s) => s.text)).toEqual(scripts(page).filter((s) => s.attributes.includes('ld+json')).map((s) => s.text));
    expect(markupOf(stripped!)).toBe(markupOf(page));
    expect(stripped).toContain('<link rel="stylesheet"');
    expect(stripped).toContain('as="font"');
  });

  it('is less than half the page', () => {
    expect(stripped!.length).toBeLessThan(page.length / 2);
  });
});

describe('withoutClientRuntime leaves a page whole', () => {
  it('when it has no runtime (nothing to do)', () => {
    expect(withoutClientRuntime('<!DOCTYPE html><html><body><p>x</p></body></html>')).toBeNull();
  });

  it('when a Suspense boundary streams in, which needs React’s inline scripts to show', () => {
    const streamed = page.replace('</body>', '<div hidden id="S:0"><p>late</p></div><script>$RC("B:0","S:0")</script></body>');
    expect(withoutClientRuntime(streamed)).toBeNull();
  });

  it('when it has an inline script this file does not know', () => {
    const other = page.replace('</body>', '<script>document.documentElement.dataset.theme="dark"</script></body>');
    expect(withoutClientRuntime(other)).toBeNull();
  });

  it('when it loads a script from elsewhere', () => {
    expect(withoutClientRuntime(page.replace('</body>', '<script src="https://example.org/a.js"></script></body>'))).toBeNull();
  });
});
