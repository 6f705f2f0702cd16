import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressBeside, isCompressibleFile, isServedPage } from './site-tree';

describe('isServedPage', () => {
  it('serves prerendered pages with status 200', () => {
    expect(isServedPage('/ar', { routeType: 'page', srcRoute: '/[locale]' })).toBe(true);
    expect(isServedPage('/en/briefings/x', { routeType: 'page', srcRoute: '/[locale]/briefings/[slug]' })).toBe(true);
  });

  it('leaves route handlers, 404s and internal views to Next', () => {
    expect(isServedPage('/ar/feed.xml', { routeType: 'route' })).toBe(false);
    // A topic prerendered as the 404 it is until a scheduled briefing's instant.
    expect(isServedPage('/ar/topics/new', { routeType: 'page', initialStatus: 404 })).toBe(false);
    expect(isServedPage('/_not-found', { routeType: 'page' })).toBe(false);
    expect(isServedPage('/en/not-found-view', { routeType: 'page', srcRoute: '/[locale]/not-found-view' })).toBe(false);
  });
});

describe('compressBeside', () => {
  it('writes Brotli and gzip copies that decode to the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mawjaz-site-'));
    const file = join(dir, 'a.html');
    const body = '<p>موجز</p>'.repeat(500);
    writeFileSync(file, body);
    await compressBeside(file);
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(body);
    expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(body);
  });

  it('writes no copy bigger than the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mawjaz-site-'));
    const file = join(dir, 'b.txt');
    writeFileSync(file, 'x');
    await compressBeside(file);
    expect(existsSync(`${file}.br`)).toBe(false);
    expect(existsSync(`${file}.gz`)).toBe(false);
  });

  it('compresses text, not images or fonts', () => {
    expect(isCompressibleFile('a.css', 1000)).toBe(true);
    expect(isCompressibleFile('a.woff2', 1000)).toBe(false);
    expect(isCompressibleFile('a.png', 1000)).toBe(false);
    expect(isCompressibleFile('a.js', 10)).toBe(false);
  });
});
