import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Comments may say "left" and "right"; declarations may not.
const css = readFileSync('app/globals.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const declarations = [...css.matchAll(/([a-z-]+)\s*:\s*([^;{}]+);/g)].map((m) => ({ property: m[1]!, value: m[2]!.trim() }));

describe('the style sheet', () => {
  it('has declarations to check', () => {
    expect(declarations.length).toBeGreaterThan(50);
  });

  it('uses logical properties only: no left or right anywhere', () => {
    const physical = declarations.filter(
      (d) => /(^|-)(left|right)($|-)/.test(d.property) || /\b(left|right)\b/.test(d.value),
    );
    expect(physical).toEqual([]);
  });

  it('never italicises or letter-spaces Arabic', () => {
    const arabicRules = [...css.matchAll(/([^{}]*:lang\(ar\)[^{}]*)\{([^}]*)\}/g)].map((m) => m[2]!);
    for (const body of arabicRules) {
      expect(body).not.toMatch(/font-style:\s*italic/);
      expect(body).not.toMatch(/letter-spacing:(?!\s*normal)/);
    }
    expect(css).toMatch(/:lang\(ar\)\s*\{[^}]*font-synthesis:\s*none/);
  });
});
