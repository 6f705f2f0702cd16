import { describe, expect, test } from 'vitest';
import { fontSpec, fontStackSpecs, loadFont, loadFontStack, localeFontStack, type FontSpec } from './fonts';

const missing: FontSpec = { key: 'og-missing-400', file: '@fontsource/inter/files/no-such-file.woff', weight: 400 };

describe('fonts', () => {
  test('stacks lead with the locale’s own script', () => {
    expect(fontStackSpecs('ar', 700).map((s) => s.key)).toEqual(['og-naskh-700', 'og-inter-700', 'og-interExt-700']);
    expect(fontStackSpecs('en', 400).map((s) => s.key)).toEqual(['og-inter-400', 'og-interExt-400', 'og-naskh-400']);
  });

  test('loads a font once per process, with its cmap and metrics', async () => {
    const a = await loadFont(fontSpec('naskh', 700));
    const b = await loadFont(fontSpec('naskh', 700));
    expect(a).not.toBeNull();
    expect(a).toBe(b);
    expect(a!.upem).toBe(1000);
    expect(a!.unicodes.has('ب'.codePointAt(0)!)).toBe(true);
    expect(a!.unicodes.has('A'.codePointAt(0)!)).toBe(false); // Latin comes from Inter
    expect(a!.ascender).toBeGreaterThan(0);
    expect(a!.descender).toBeGreaterThan(0);
  });

  test('a missing font is null, not an error; a stack keeps what loads', async () => {
    expect(await loadFont(missing)).toBeNull();
    const stack = await loadFontStack([missing, fontSpec('inter', 400)]);
    expect(stack?.map((f) => f.spec.key)).toEqual(['og-inter-400']);
    expect(await loadFontStack([missing])).toBeNull();
    expect((await localeFontStack('en', 400))?.length).toBe(3);
  });
});
