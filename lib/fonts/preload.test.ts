import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtFontUrl } from './preload';

describe('builtFontUrl', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mawjaz-media-'));
  for (const f of ['noto_naskh_arabic_subset-s.28m4.woff2', 'noto_naskh_arabic_masthead.27xr.woff2', 'inter_subset-s.2pae.woff2', 'icon.2vvz.png']) writeFileSync(join(dir, f), '');

  it("finds a face's hashed file by the start of its name, and only that face's", () => {
    expect(builtFontUrl('noto_naskh_arabic_subset', dir)).toBe('/_next/static/media/noto_naskh_arabic_subset-s.28m4.woff2');
    expect(builtFontUrl('noto_naskh_arabic_masthead', dir)).toBe('/_next/static/media/noto_naskh_arabic_masthead.27xr.woff2');
    expect(builtFontUrl('noto_naskh_arabic', dir)).toBeNull();
    expect(builtFontUrl('icon', dir)).toBeNull();
  });

  it('is null without a build', () => {
    expect(builtFontUrl('inter_subset', join(dir, 'missing'))).toBeNull();
  });
});
