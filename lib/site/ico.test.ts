import { describe, expect, it } from 'vitest';
import { icoFromPngs } from './ico';

const png = (n: number) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, ...Array(n).fill(7)]);

describe('icoFromPngs', () => {
  it('writes the header, one directory entry per image, then the PNGs', () => {
    const a = png(10);
    const b = png(20);
    const ico = icoFromPngs([
      { size: 16, png: a },
      { size: 256, png: b },
    ]);
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    expect(ico.readUInt16LE(4)).toBe(2);
    // entry 1
    expect(ico.readUInt8(6)).toBe(16);
    expect(ico.readUInt32LE(6 + 8)).toBe(a.length);
    expect(ico.readUInt32LE(6 + 12)).toBe(6 + 32);
    // entry 2: 256 is written as 0
    expect(ico.readUInt8(22)).toBe(0);
    expect(ico.readUInt32LE(22 + 12)).toBe(6 + 32 + a.length);
    expect(ico.subarray(38, 38 + a.length)).toEqual(Buffer.from(a));
    expect(ico.length).toBe(38 + a.length + b.length);
  });

  it.each([[0], [257]])('refuses size %i', (size) => {
    expect(() => icoFromPngs([{ size, png: png(1) }])).toThrow(/outside/);
  });

  it('refuses an empty list', () => {
    expect(() => icoFromPngs([])).toThrow(/no images/);
  });
});
