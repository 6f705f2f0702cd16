import { describe, expect, it } from 'vitest';
import { pngsToIco } from './ico';

describe('pngsToIco', () => {
  it('writes the header, one directory entry per image and the PNGs after them', () => {
    const a = Buffer.from('\x89PNG-a');
    const b = Buffer.from('\x89PNG-bb');
    const ico = pngsToIco([
      { size: 16, png: a },
      { size: 32, png: b },
    ]);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 2]);
    expect([ico[6], ico[7], ico.readUInt32LE(6 + 8), ico.readUInt32LE(6 + 12)]).toEqual([16, 16, a.length, 38]);
    expect([ico[22], ico.readUInt32LE(22 + 12)]).toEqual([32, 38 + a.length]);
    expect(ico.subarray(38).equals(Buffer.concat([a, b]))).toBe(true);
  });
});
