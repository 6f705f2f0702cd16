import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fontSpec, resolveFontFile } from './fonts';
import { isWoff, woffToSfnt } from './woff';

const woff = new Uint8Array(readFileSync(resolveFontFile(fontSpec('naskh', 700))));

/** OpenType table checksum: the sum of big-endian uint32s, zero-padded. */
function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array((bytes.length + 3) & ~3);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

function tables(sfnt: Uint8Array) {
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  return Array.from({ length: view.getUint16(4) }, (_, i) => {
    const at = 12 + i * 16;
    return {
      tag: String.fromCharCode(...sfnt.subarray(at, at + 4)),
      checksum: view.getUint32(at + 4),
      offset: view.getUint32(at + 8),
      length: view.getUint32(at + 12),
    };
  });
}

describe('woffToSfnt', () => {
  test('rebuilds the sfnt of an @fontsource WOFF file', () => {
    expect(isWoff(woff)).toBe(true);
    const sfnt = woffToSfnt(woff)!;
    expect(sfnt).not.toBeNull();
    const view = new DataView(sfnt.buffer);
    // The flavor is copied from the WOFF header (TrueType 0x00010000 or 'OTTO').
    expect(view.getUint32(0)).toBe(new DataView(woff.buffer, woff.byteOffset).getUint32(4));
    const list = tables(sfnt);
    expect(list.map((t) => t.tag)).toEqual(expect.arrayContaining(['cmap', 'glyf', 'GSUB', 'head', 'hhea', 'hmtx']));
    expect(list.map((t) => t.tag)).toEqual([...list.map((t) => t.tag)].sort());
    for (const t of list) {
      expect(t.offset % 4).toBe(0);
      expect(t.offset + t.length).toBeLessThanOrEqual(sfnt.length);
      // head's checksum is computed with checkSumAdjustment zeroed; every other
      // table must hash to the checksum the WOFF directory recorded.
      if (t.tag !== 'head') expect(checksum(sfnt.subarray(t.offset, t.offset + t.length))).toBe(t.checksum);
    }
  });

  test('returns null for what is not WOFF 1.0', () => {
    expect(woffToSfnt(new Uint8Array(0))).toBeNull();
    expect(woffToSfnt(new TextEncoder().encode('not a font at all, just some bytes here......'))).toBeNull();
    const woff2 = woff.slice();
    woff2.set([0x77, 0x4f, 0x46, 0x32]); // 'wOF2'
    expect(woffToSfnt(woff2)).toBeNull();
    expect(woffToSfnt(woff.subarray(0, 200))).toBeNull(); // truncated
    const corrupt = woff.slice();
    const firstTable = new DataView(corrupt.buffer).getUint32(44 + 4);
    corrupt.fill(0xff, firstTable, firstTable + 16); // breaks the zlib stream
    expect(woffToSfnt(corrupt)).toBeNull();
  });
});
