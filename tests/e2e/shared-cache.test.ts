import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startRedis } from '../support/redis';
import { startNext } from '../support/server';
import { LEAD_ONLY_TOPIC, TAIL } from '../support/fixture-site';

/**
 * Two `next start` replicas of the test build sharing one Redis (REDIS_URL,
 * lib/http/cache-handler.mjs), as DEPLOY.md's "several replicas" describes.
 */
const LONG_TAIL = (locale: string) => `/${locale}/briefings/${TAIL.slug}`;
const SITE = inject('siteDir');

let redis: Awaited<ReturnType<typeof startRedis>>;
let a: Awaited<ReturnType<typeof startNext>>;
let b: Awaited<ReturnType<typeof startNext>>;

beforeAll(async () => {
  redis = await startRedis();
  // Each replica's front keeps no cache of its own here, so every request
  // reaches Next and its cache handler (lib/http/front.mjs).
  const env = { REDIS_URL: redis.url, MAWJAZ_RESPONSE_CACHE_MB: '0' };
  [a, b] = await Promise.all([startNext(SITE, env), startNext(SITE, env)]);
}, 60_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await redis?.stop();
});

const get = async (server: { baseURL: string }, path: string) => {
  const res = await fetch(`${server.baseURL}${path}`, { redirect: 'manual' });
  return { status: res.status, cache: res.headers.get('x-nextjs-cache'), html: await res.text() };
};

describe('replicas sharing a Redis cache', () => {
  it('serve the prerendered pages from the cache from the first request (copied in at start)', async () => {
    expect((await get(b, '/en')).cache).toBe('HIT');
    expect((await get(a, '/ar/topics')).cache).toBe('HIT');
  });

  it('serve a long-tail page rendered by one replica from the cache on the other', async () => {
    const first = await get(a, LONG_TAIL('en'));
    expect(first).toMatchObject({ status: 200, cache: 'MISS' });
    const other = await get(b, LONG_TAIL('en'));
    expect(other).toMatchObject({ status: 200, cache: 'HIT' });
    expect(other.html).toBe(first.html);
  });

  it('keep a 404 out of the shared cache', async () => {
    for (const server of [a, b, a]) {
      const res = await get(server, `/en/briefings/${TAIL.slug}/share-image/000000000000.png`);
      expect(res.status).toBe(404);
      expect(res.cache).not.toBe('HIT');
    }
  });

  it('go on answering, from their own memory or a fresh render, when Redis goes away', async () => {
    await redis.stop();
    const paths = ['/en', '/ar', LONG_TAIL('en'), LONG_TAIL('ar'), `/ar/topics/${LEAD_ONLY_TOPIC}`, '/en/briefings/no-such-briefing'];
    for (const server of [a, b]) {
      for (const path of paths) {
        const res = await get(server, path);
        expect(res.status, `${server.baseURL}${path}`).toBeLessThan(500);
        expect(res.status).toBe(path.includes('no-such') ? 404 : 200);
      }
    }
  });
});
