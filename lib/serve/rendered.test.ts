import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ensureRendered, pathOfKey, renderedHtml, writeRendered } from './rendered.mjs';

describe('pathOfKey', () => {
  it('reads the page path from both key forms', () => {
    expect(pathOfKey('/route-cache/APP_PAGE/2825bf9e/$/ar/briefings/x')).toBe('/ar/briefings/x');
    expect(pathOfKey('/en/topics/china/2')).toBe('/en/topics/china/2');
  });

  it('refuses what cannot name a file plainly', () => {
    for (const key of ['/ar/../x', '/ar/%2e', '/ar/a b', '', '/']) expect(pathOfKey(key), key).toBeNull();
  });
});

describe('renderedHtml', () => {
  it('takes App Router pages with status 200 only', () => {
    expect(renderedHtml({ kind: 'APP_PAGE', html: '<p>x</p>' })).toBe('<p>x</p>');
    expect(renderedHtml({ kind: 'APP_PAGE', html: '<p>x</p>', status: 404 })).toBeNull();
    expect(renderedHtml({ kind: 'APP_ROUTE', body: Buffer.from('x') })).toBeNull();
    expect(renderedHtml(null)).toBeNull();
  });
});

describe('writeRendered', () => {
  it('writes the page with its Brotli and gzip copies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mawjaz-rendered-'));
    const html = '<!doctype html><p>موجز</p>'.repeat(100);
    await writeRendered(dir, '/route-cache/APP_PAGE/ab/$/ar/briefings/x', { kind: 'APP_PAGE', html });
    const file = join(dir, 'ar/briefings/x.html');
    expect(readFileSync(file, 'utf8')).toBe(html);
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(html);
    expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(html);
  });

  it('writes nothing without a folder (next start alone) or for a 404', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mawjaz-rendered-'));
    await writeRendered(undefined, '/ar/x', { kind: 'APP_PAGE', html: 'x' });
    await writeRendered(dir, '/ar/y', { kind: 'APP_PAGE', html: 'y', status: 404 });
    expect(existsSync(join(dir, 'ar/y.html'))).toBe(false);
  });
});

describe('ensureRendered', () => {
  it('writes a page read from Next’s cache whose file is missing, dated when it was stored', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mawjaz-rendered-'));
    const storedAt = Date.parse('2026-01-28T10:00:00Z');
    ensureRendered(dir, '/en/briefings/y', { value: { kind: 'APP_PAGE', html: '<p>y</p>' }, lastModified: storedAt });
    await new Promise((r) => setTimeout(r, 200));
    const file = join(dir, 'en/briefings/y.html');
    expect(readFileSync(file, 'utf8')).toBe('<p>y</p>');
    expect(statSync(file).mtimeMs).toBe(storedAt);
  });

  it('writes nothing for an entry the clock expired', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mawjaz-rendered-'));
    ensureRendered(dir, '/en/briefings/z', { value: { kind: 'APP_PAGE', html: '<p>z</p>' }, lastModified: -1 });
    await new Promise((r) => setTimeout(r, 100));
    expect(existsSync(join(dir, 'en/briefings/z.html'))).toBe(false);
  });
});
