import { describe, expect, it } from 'vitest';
import { negotiate } from './encoding.mjs';

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
