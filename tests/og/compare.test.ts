import { deflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { compareInk, inkMask } from './compare';
import { decodePng, type GrayImage } from './png';

/** A white image with black rectangles [x, y, w, h]. */
function image(width: number, height: number, rects: number[][]): GrayImage {
  const data = new Uint8Array(width * height).fill(255);
  for (const [x, y, w, h] of rects) {
    for (let j = y!; j < y! + h!; j++) data.fill(0, j * width + x!, j * width + x! + w!);
  }
  return { width, height, data };
}

describe('ink comparison', () => {
  test('identical ink scores 1, wherever it sits on the canvas', () => {
    const a = image(100, 50, [
      [10, 10, 30, 8],
      [50, 10, 20, 8],
    ]);
    const b = image(100, 50, [
      [20, 25, 30, 8],
      [60, 25, 20, 8],
    ]);
    expect(compareInk(a, b)!.iou).toBe(1);
  });

  test('swapped words score low', () => {
    // A tall word and a short one, in one order and then the other.
    const a = image(100, 50, [
      [10, 10, 30, 20],
      [50, 24, 10, 6],
    ]);
    const b = image(100, 50, [
      [10, 24, 10, 6],
      [30, 10, 30, 20],
    ]);
    expect(compareInk(a, b)!.iou).toBeLessThan(0.5);
  });

  test('no ink is null', () => {
    expect(inkMask(image(10, 10, []))).toBeNull();
    expect(compareInk(image(10, 10, []), image(10, 10, [[1, 1, 2, 2]]))).toBeNull();
  });
});

describe('PNG decoding', () => {
  test('decodes an 8-bit RGBA PNG, compositing over white', () => {
    // 2×1: opaque black, fully transparent; filter type 1 (Sub) on the row.
    const raw = Uint8Array.from([1, 0, 0, 0, 255, 0, 0, 0, 1]);
    const chunk = (type: string, body: Uint8Array) => {
      const head = Buffer.alloc(8);
      head.writeUInt32BE(body.length, 0);
      head.write(type, 4, 'latin1');
      return Buffer.concat([head, body, Buffer.alloc(4)]); // the decoder does not check CRCs
    };
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(2, 0);
    ihdr.writeUInt32BE(1, 4);
    ihdr.set([8, 6, 0, 0, 0], 8);
    const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array(0))]);
    const img = decodePng(new Uint8Array(png))!;
    expect(img).toMatchObject({ width: 2, height: 1 });
    expect([...img.data]).toEqual([0, 255]);
    expect(decodePng(new Uint8Array([1, 2, 3]))).toBeNull();
  });
});
