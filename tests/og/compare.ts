import type { GrayImage } from './png';

/**
 * Ink comparison: binarize two renderings, crop each to its ink bounding
 * box, align the boxes' centres and score the overlap as IoU (intersection
 * over union of ink pixels), taking the best of small shifts so that a
 * sub-pixel difference in placement is not counted as a difference in
 * setting. Word order, wrapping or spacing that differs moves whole words
 * and drops the score far below the threshold.
 */
export interface Mask {
  width: number;
  height: number;
  /** 1 where there is ink. */
  bits: Uint8Array;
}

export interface Overlap {
  iou: number;
  /** Ink bounding-box sizes, px: a quick hint of what went wrong. */
  a: { width: number; height: number };
  b: { width: number; height: number };
}

/** Dark ink on a light background: a pixel is ink below `threshold` luminance. */
export function inkMask(img: GrayImage, threshold = 128): Mask | null {
  let minX = img.width,
    minY = img.height,
    maxX = -1,
    maxY = -1;
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      if (img.data[y * img.width + x]! < threshold) {
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
    }
  }
  if (maxX < 0) return null;
  const width = maxX - minX + 1;
  const height = maxY - minY + 1;
  const bits = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      bits[y * width + x] = img.data[(y + minY) * img.width + x + minX]! < threshold ? 1 : 0;
    }
  }
  return { width, height, bits };
}

const inkCount = (m: Mask): number => m.bits.reduce((n, v) => n + v, 0);

/** IoU with b placed at (dx, dy) in a's coordinates. */
function iouAt(a: Mask, b: Mask, countA: number, countB: number, dx: number, dy: number): number {
  let inter = 0;
  const x0 = Math.max(0, dx),
    x1 = Math.min(a.width, dx + b.width);
  const y0 = Math.max(0, dy),
    y1 = Math.min(a.height, dy + b.height);
  for (let y = y0; y < y1; y++) {
    const ra = y * a.width;
    const rb = (y - dy) * b.width - dx;
    for (let x = x0; x < x1; x++) inter += a.bits[ra + x]! & b.bits[rb + x]!;
  }
  const union = countA + countB - inter;
  return union === 0 ? 1 : inter / union;
}

/** Best IoU over shifts of up to `slack` px around centre alignment. */
export function overlap(a: Mask, b: Mask, slack = 3): Overlap {
  const cx = Math.round((a.width - b.width) / 2);
  const cy = Math.round((a.height - b.height) / 2);
  const countA = inkCount(a);
  const countB = inkCount(b);
  let best = 0;
  for (let dy = -slack; dy <= slack; dy++) {
    for (let dx = -slack; dx <= slack; dx++) best = Math.max(best, iouAt(a, b, countA, countB, cx + dx, cy + dy));
  }
  return { iou: best, a: { width: a.width, height: a.height }, b: { width: b.width, height: b.height } };
}

/** Overlap of two renderings, or null when either has no ink. */
export function compareInk(a: GrayImage, b: GrayImage): Overlap | null {
  const ma = inkMask(a);
  const mb = inkMask(b);
  return ma && mb ? overlap(ma, mb) : null;
}
