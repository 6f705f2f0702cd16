import { createClient } from '@redis/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runtimeLeft } from '../../lib/html/strip-runtime.mjs';
import { startRedis } from '../support/redis';
import { startNext } from '../support/start-next';
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
  // Next alone on each replica: its x-nextjs-cache says what the shared
  // cache did (our server, lib/serve/, never sends that header on).
  const env = { REDIS_URL: redis.url };
  [a, b] = await Promise.all([startNext(SITE, env, { bare: true }), startNext(SITE, env, { bare: true })]);
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
    // Stored in Redis without Next's client runtime: the cache handler strips
    // a page when it stores it (lib/http/cache-handler.mjs), so every replica
    // and bare `next start` gets it stripped.
    const client = createClient({ url: redis.url });
    await client.connect();
    try {
      const keys = (await client.keys('mawjaz:*')).filter((k) => k.endsWith(LONG_TAIL('en')));
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) {
        const html = (JSON.parse((await client.get(key))!) as { value?: { html?: string } }).value?.html;
        expect(html, key).toContain('<h1');
        expect(runtimeLeft(html!), key).toEqual([]);
      }
    } finally {
      await client.quit();
    }
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
