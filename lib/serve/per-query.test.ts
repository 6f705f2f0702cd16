import { readFileSync } from 'node:fs';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runtimeLeft } from '../html/strip-runtime.mjs';
import { isPerQueryPage, perQueryBody } from './per-query.mjs';

/** A page as Next renders it, runtime included (captured from Next 16.4.6). */
const page = readFileSync('tests/fixtures/next/briefing.html');

describe('per-query pages (search, the newsletter page)', () => {
  it('are the search page and the newsletter page, full or lite, and nothing else', () => {
    for (const path of ['/ar/search', '/en/search', '/lite/ar/search', '/en/search/', '/ar/newsletter', '/en/newsletter/']) expect(isPerQueryPage(path), path).toBe(true);
    for (const path of ['/ar', '/ar/briefings/search', '/ar/search/x', '/searchx', '/lite-ar/search', '/en/newsletter/subscribe', '/en/briefings/newsletter'])
      expect(isPerQueryPage(path), path).toBe(false);
  });

  it('leave without Next’s runtime, compressed as the reader asks', () => {
    expect(runtimeLeft(page.toString('utf8')).length).toBeGreaterThan(0);
    const br = perQueryBody(page, 'gzip, deflate, br');
    expect(br.coding).toBe('br');
    const html = zlib.brotliDecompressSync(br.body).toString('utf8');
    expect(runtimeLeft(html)).toEqual([]);
    expect(html).toContain('application/ld+json');
    const gz = perQueryBody(page, 'gzip');
    expect(gz.coding).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).toString('utf8')).toBe(html);
    expect(perQueryBody(page, undefined)).toEqual({ body: Buffer.from(html), coding: 'identity' });
  });

  it('go out as Next made them when the parser refuses them (the CSP still blocks their scripts)', () => {
    const odd = Buffer.from('<!DOCTYPE html><html><head></head><body><p onclick="x()">text</p></body></html>');
    expect(perQueryBody(odd, undefined).body.equals(odd)).toBe(true);
  });
});
