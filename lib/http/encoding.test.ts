import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressBoth, compressTo, isCompressible, negotiate } from './encoding.mjs';

describe('negotiate', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'], // Chromium
    ['gzip, deflate', 'gzip'], // Node's fetch, curl --compressed without Brotli
    ['gzip', 'gzip'], // wrk as the benchmark runs it
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['*', 'br'],
    ['*;q=0', 'identity'],
    ['identity', 'identity'],
    ['x-gzip', 'gzip'],
    ['BR', 'br'],
    ['', 'identity'],
    [undefined, 'identity'],
  ] as const)('%j → %s', (accept, coding) => {
    expect(negotiate(accept)).toBe(coding);
  });
});

describe('isCompressible', () => {
  it.each([
    ['text/html; charset=utf-8', 2000, true],
    ['application/javascript; charset=utf-8', 2000, true],
    ['text/css', 2000, true],
    ['application/rss+xml; charset=utf-8', 2000, true],
    ['image/svg+xml', 2000, true],
    ['text/html', 100, false],
    ['image/png', 2000, false],
    ['font/woff2', 20000, false],
    [undefined, 2000, false],
  ] as const)('%s, %i bytes: %s', (type, size, expected) => {
    expect(isCompressible(type, size)).toBe(expected);
  });
});

describe('compression', () => {
  const body = Buffer.from('<p dir="rtl">الصين توافق على استيراد أشباه الموصلات</p>\n'.repeat(200));

  it('gives back the same bytes in both codings, smaller, Brotli the smallest', async () => {
    const { br, gzip } = await compressBoth(body, 'once');
    expect(brotliDecompressSync(br).equals(body)).toBe(true);
    expect(gunzipSync(gzip).equals(body)).toBe(true);
    expect(gzip.length).toBeLessThan(body.length / 4);
    expect(br.length).toBeLessThan(gzip.length);
  });

  it('round-trips at the quick setting too', async () => {
    expect(brotliDecompressSync(await compressTo('br', body, 'each')).equals(body)).toBe(true);
    expect(gunzipSync(await compressTo('gzip', body, 'each')).equals(body)).toBe(true);
  });
});
