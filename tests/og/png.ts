import { inflateSync } from 'node:zlib';

/**
 * A small PNG decoder for the comparison test (8-bit, non-interlaced: what
 * Chromium screenshots, resvg and sharp write). It returns luminance composited
 * over white, which is all the ink comparison needs. Null for anything else.
 */
export interface GrayImage {
  width: number;
  height: number;
  /** Luminance 0–255, row-major. */
  data: Uint8Array;
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

function unfilter(raw: Uint8Array, width: number, height: number, bpp: number): Uint8Array | null {
  const stride = width * bpp;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    const prev = row - stride;
    for (let x = 0; x < stride; x++) {
      const v = raw[src + x]!;
      const a = x >= bpp ? out[row + x - bpp]! : 0;
      const b = y > 0 ? out[prev + x]! : 0;
      const c = y > 0 && x >= bpp ? out[prev + x - bpp]! : 0;
      let r: number;
      switch (filter) {
        case 0:
          r = v;
          break;
        case 1:
          r = v + a;
          break;
        case 2:
          r = v + b;
          break;
        case 3:
          r = v + ((a + b) >> 1);
          break;
        case 4:
          r = v + paeth(a, b, c);
          break;
        default:
          return null;
      }
      out[row + x] = r & 0xff;
    }
  }
  return out;
}

export function decodePng(bytes: Uint8Array): GrayImage | null {
  if (!SIGNATURE.every((b, i) => bytes[i] === b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let width = 0,
    height = 0,
    colorType = -1,
    depth = 0,
    interlace = 0;
  const idat: Uint8Array[] = [];
  for (let at = 8; at + 8 <= bytes.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      depth = body[8]!;
      colorType = body[9]!;
      interlace = body[12]!;
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const channels = CHANNELS[colorType];
  if (!channels || depth !== 8 || interlace !== 0 || !width || !height) return null;
  let pixels: Uint8Array | null;
  try {
    pixels = unfilter(inflateSync(Buffer.concat(idat)), width, height, channels);
  } catch {
    return null;
  }
  if (!pixels) return null;
  const data = new Uint8Array(width * height);
  for (let i = 0; i < width * height; i++) {
    const p = i * channels;
    const lum = channels >= 3 ? 0.2126 * pixels[p]! + 0.7152 * pixels[p + 1]! + 0.0722 * pixels[p + 2]! : pixels[p]!;
    const alpha = channels === 4 ? pixels[p + 3]! / 255 : channels === 2 ? pixels[p + 1]! / 255 : 1;
    data[i] = Math.round(lum * alpha + 255 * (1 - alpha));
  }
  return { width, height, data };
}
