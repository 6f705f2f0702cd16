import { describe, expect, it } from 'vitest';
import { ByteBoundCache, memoryBytesFrom } from './memory.mjs';

const total = (cache: ByteBoundCache<Buffer>) => [...cache.entries.values()].reduce((n, e) => n + e.value.length, 0);

describe('ByteBoundCache', () => {
  it('never holds more than its bound, filled far past it with entries of every size', () => {
    const cache = new ByteBoundCache<Buffer>(64 * 1024, 16 * 1024);
    for (let i = 0; i < 20_000; i++) {
      const body = Buffer.alloc(1 + ((i * 7919) % (20 * 1024)));
      cache.set(`/en/briefings/x?u=${i % 3000}`, body, body.length);
      expect(cache.bytes).toBeLessThanOrEqual(64 * 1024);
    }
    // What it counts is what it holds.
    expect(cache.bytes).toBe(total(cache));
    expect(cache.entries.size).toBeGreaterThan(3);
  });

  it('keeps no entry bigger than its per-entry bound, and drops the old value of a key stored again', () => {
    const cache = new ByteBoundCache<Buffer>(1000, 100);
    cache.set('a', Buffer.alloc(50), 50);
    cache.set('a', Buffer.alloc(500), 500);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.bytes).toBe(0);
  });

  it('drops the least recently used first', () => {
    const cache = new ByteBoundCache<string>(300, 100);
    cache.set('a', 'a', 100);
    cache.set('b', 'b', 100);
    cache.set('c', 'c', 100);
    cache.get('a');
    cache.set('d', 'd', 100);
    expect([...cache.entries.keys()]).toEqual(['c', 'a', 'd']);
  });

  it('reads its size from MAWJAZ_FILE_CACHE_MB; 0 keeps nothing', () => {
    expect(memoryBytesFrom({})).toBe(32 * 1024 * 1024);
    expect(memoryBytesFrom({ MAWJAZ_FILE_CACHE_MB: '1.5' })).toBe(1.5 * 1024 * 1024);
    expect(memoryBytesFrom({ MAWJAZ_FILE_CACHE_MB: 'x' })).toBe(32 * 1024 * 1024);
    const off = new ByteBoundCache<string>(memoryBytesFrom({ MAWJAZ_FILE_CACHE_MB: '0' }));
    off.set('a', 'a', 1);
    expect(off.get('a')).toBeUndefined();
  });
});
